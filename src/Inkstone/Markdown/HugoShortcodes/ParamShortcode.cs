using System.Collections;
using System.Globalization;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Hugo's <c>{{&lt; param "key" &gt;}}</c> (a dotted key reaches into a table): the page's front matter value, else the
/// site's <c>params</c>. In <c>{{% %}}</c> the value is Markdown, in <c>{{&lt; &gt;}}</c> text shown as it is.
/// </summary>
internal sealed class ParamShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.None;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var key = call.Arguments.Get("name", 0) ?? "";
        var value = Lookup(run.Post.Params, key) ?? Lookup(run.Post.Params.GetValueOrDefault("params") as IReadOnlyDictionary<string, object?>, key) ?? Lookup(run.Site.Params, key);
        if (value is null)
        {
            run.Warning(Diagnostics.DiagnosticIds.ShortcodeIncomplete, call.Location,
                $"'{{{{< param \"{key}\" >}}}}' finds no '{key}' in the page's front matter or the site's params, so nothing is shown.",
                $"Set '{key}' in the front matter or under params in the site's configuration.");
            return "";
        }

        var text = Text(value);
        return call.Markdown ? text : MarkdownWriter.Text(text);
    }

    private static object? Lookup(IReadOnlyDictionary<string, object?>? values, string key)
    {
        object? current = values;
        foreach (var part in key.Split('.'))
        {
            if (current is not IReadOnlyDictionary<string, object?> map || part.Length == 0)
            {
                return null;
            }

            current = map.TryGetValue(part, out var exact) ? exact : map.FirstOrDefault(e => string.Equals(e.Key, part, StringComparison.OrdinalIgnoreCase)).Value;
        }

        return current;
    }

    private static string Text(object value) => value switch
    {
        string s => s,
        IReadOnlyDictionary<string, object?> map => string.Join(", ", map.Select(e => $"{e.Key}: {(e.Value is null ? "" : Text(e.Value))}")),
        IEnumerable list => string.Join(", ", list.Cast<object?>().Select(v => v is null ? "" : Text(v))),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
