using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Inkstone.Browser.Tests;

/// <summary>
/// Stand-ins for the third-party services, each on a loopback port of its own (a host of its own, to the browser):
/// small scripts that do what the real ones do as far as a page can see (read their settings, draw a thread or
/// send a count to their own host). Nothing leaves the machine.
/// </summary>
internal sealed class ProviderStubs : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public ProviderStubs(IEnumerable<string> providers)
    {
        foreach (var provider in providers)
        {
            var port = FreePort();
            Hosts[provider] = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        }

        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Each provider's stub host.</summary>
    public Dictionary<string, Uri> Hosts { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            var (type, body) = Files.TryGetValue(path, out var file) ? file : ("text/plain", "");
            context.Response.StatusCode = body.Length == 0 ? 204 : 200;
            context.Response.ContentType = type + "; charset=utf-8";
            context.Response.AddHeader("Access-Control-Allow-Origin", "*");
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    // A thread as the stubs draw it: a box, a text field and two comments, in the colours the provider was told.
    private const string Thread = """
        function stubThread(name, dark) {
          var box = document.createElement("div");
          box.className = "stub-thread";
          box.setAttribute("data-stub", name);
          box.style.cssText = "font:15px/1.6 sans-serif;border:1px solid " + (dark ? "#454b55" : "#d0d7de") + ";border-radius:8px;padding:12px 14px;background:" + (dark ? "#1c1f25" : "#ffffff") + ";color:" + (dark ? "#e6e4df" : "#1f2328");
          box.innerHTML = '<textarea aria-label="Comment" style="width:100%;box-sizing:border-box;height:64px;font:inherit;background:transparent;color:inherit;border:1px solid currentColor;border-radius:6px;opacity:.7">'
            + '</textarea><p style="margin:.6em 0 .2em"><b>reader</b> · 这篇讲得很清楚，谢谢。</p><p style="margin:.2em 0"><b>author</b> · Glad it helped — ' + name + ' stub.</p>';
          return box;
        }
        """;

    private static readonly Dictionary<string, (string Type, string Body)> Files = new(StringComparer.Ordinal)
    {
        // giscus and utterances: a script that reads its own attributes and puts a frame from its host in the page.
        ["/client.js"] = ("text/javascript", """
            (function () {
              var script = document.currentScript;
              var origin = new URL(script.src).origin;
              var frame = document.createElement("iframe");
              var giscus = script.hasAttribute("data-repo-id");
              var theme = giscus ? script.getAttribute("data-theme") : script.getAttribute("theme");
              frame.className = giscus ? "giscus-frame" : "utterances-frame";
              frame.title = "Comments";
              frame.style.cssText = "width:100%;height:230px;border:0";
              frame.src = origin + "/widget?name=" + (giscus ? "giscus" : "utterances") + "&theme=" + encodeURIComponent(theme) + "&term=" + encodeURIComponent(location.pathname);
              var box = giscus ? document.querySelector(".giscus") : script.parentNode;
              box.appendChild(frame);
            })();
            """),
        ["/widget"] = ("text/html", "<!DOCTYPE html><html><body style=\"margin:0\"><script>" + Thread + """
            var query = new URLSearchParams(location.search);
            function draw(theme) { document.body.innerHTML = ""; document.body.appendChild(stubThread(query.get("name"), /dark/.test(theme))); }
            draw(query.get("theme"));
            addEventListener("message", function (e) {
              var theme = e.data && (e.data.giscus ? e.data.giscus.setConfig.theme : e.data.theme);
              if (theme) draw(theme);
            });
            </script></body></html>
            """),
        ["/waline.umd.js"] = ("text/javascript", Thread + """
            window.Waline = { init: function (options) {
              var el = typeof options.el === "string" ? document.querySelector(options.el) : options.el;
              var root = document.querySelector(options.dark);
              el.appendChild(stubThread("Waline", !!root));
              fetch(options.serverURL + "/api/comment?path=" + encodeURIComponent(options.path) + "&lang=" + options.lang);
              return {};
            } };
            """),
        ["/waline.css"] = ("text/css", ".stub-thread { box-shadow: 0 1px 2px rgb(0 0 0 / 8%); }"),
        ["/twikoo.min.js"] = ("text/javascript", Thread + """
            window.twikoo = { init: function (options) {
              var dark = document.documentElement.getAttribute("data-theme") === "dark";
              document.querySelector(options.el).appendChild(stubThread("Twikoo", dark));
              return fetch(options.envId + "/?path=" + encodeURIComponent(options.path));
            } };
            """),
        ["/dist/Artalk.js"] = ("text/javascript", Thread + """
            window.Artalk = { init: function (conf) {
              var el = conf.el;
              el.appendChild(stubThread("Artalk", conf.darkMode));
              fetch(conf.server + "/api/v2/conf?site=" + encodeURIComponent(conf.site) + "&page=" + encodeURIComponent(conf.pageKey));
              return { setDarkMode: function (dark) { el.innerHTML = ""; el.appendChild(stubThread("Artalk", dark)); } };
            } };
            """),
        ["/dist/Artalk.css"] = ("text/css", ".stub-thread { outline: 0; }"),
        // The counters: each reads its settings where its real script does and sends a hit to its own host.
        ["/js/script.js"] = ("text/javascript", """
            (function () { var s = document.currentScript; fetch(new URL(s.src).origin + "/api/event", { method: "POST", mode: "no-cors", body: JSON.stringify({ d: s.getAttribute("data-domain"), u: location.href }) }); })();
            """),
        ["/script.js"] = ("text/javascript", """
            (function () { var s = document.currentScript; fetch(new URL(s.src).origin + "/api/send?id=" + s.getAttribute("data-website-id"), { mode: "no-cors" }); })();
            """),
        ["/count.js"] = ("text/javascript", """
            (function () { var s = document.querySelector("script[data-goatcounter]"); new Image().src = s.getAttribute("data-goatcounter") + "?p=" + encodeURIComponent(location.pathname); })();
            """),
        ["/gtag/js"] = ("text/javascript", """
            (function () { var id = window.dataLayer.filter(function (a) { return a[0] === "config"; })[0][1]; new Image().src = new URL(document.currentScript.src).origin + "/g/collect?tid=" + id; })();
            """),
        ["/hm.js"] = ("text/javascript", """
            (function () { var s = document.currentScript; if (!window._hmt) return; new Image().src = new URL(s.src).origin + "/hm.gif?si=" + new URL(s.src).search.slice(1); })();
            """),
    };
}
