using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Inkstone.Cli.Tests;

/// <summary>
/// The command as it ships, compiled ahead of time by release/build.sh, does what the framework-dependent
/// command does: the same files, byte for byte, for every site in sites/; the same diagnostics for every broken
/// site in sites/invalid/; a preview server that serves the site. Compiled ahead of time, code that reflects or
/// generates code at run time can silently do less, so every output is compared rather than spot-checked.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class NativeBuildTests(NativeCommand native) : IClassFixture<NativeCommand>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-native-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string> Sites() => new(["sample", "import/hexo", "import/hugo", "import/jekyll", "import/mkdocs"]);

    public static TheoryData<string> InvalidSites() =>
        new(Directory.EnumerateDirectories(Path.Combine(NativeCommand.Repository, "sites", "invalid")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Sites))]
    public void Builds_every_site_to_the_same_bytes_as_the_framework_dependent_command(string name)
    {
        if (native.Path is null)
        {
            return; // Only the platform a native build is made on (linux-x64 here) can run one.
        }

        AssertSameBuild(native.Path, Path.Combine(NativeCommand.Repository, "sites", name));
    }

    [Fact]
    public void Highlights_the_long_tail_of_languages_through_the_grammar_engine_as_the_framework_dependent_command_does()
    {
        if (native.Path is null)
        {
            return;
        }

        // The TextMate engine calls a native library (Oniguruma) that the native build carries beside it.
        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(Path.Combine(site, "content", "posts"));
        File.WriteAllText(Path.Combine(site, "inkstone.yml"), "title: 长尾\nbase_url: https://example.org/\n");
        File.WriteAllText(Path.Combine(site, "content", "posts", "tail.md"), """
            ---
            title: 长尾语言
            date: 2025-01-01
            ---

            ```haskell
            main :: IO ()
            main = putStrLn "你好" -- 注释
            ```

            ```ruby
            def greet(name = "x")
              puts "hi #{name}"
            end
            ```

            ```julia
            f(x) = 2x + 1
            ```
            """);

        AssertSameBuild(native.Path, site);
        Assert.Contains("""<span class="c">-- 注释</span>""", File.ReadAllText(Path.Combine(_root, "native", "posts", "tail", "index.html")));
    }

    [Theory]
    [MemberData(nameof(InvalidSites))]
    public void Reports_the_same_diagnostics_for_every_broken_site(string name)
    {
        if (native.Path is null)
        {
            return;
        }

        var site = Path.Combine(NativeCommand.Repository, "sites", "invalid", name);
        var expected = Run(NativeCommand.FrameworkDependent(site, "check", site, "--format", "json", "--no-cache"));
        var actual = Run(new ProcessStartInfo(native.Path) { ArgumentList = { "check", site, "--format", "json", "--no-cache" } });

        Assert.Equal(expected, actual);
        Assert.Contains("\"id\"", expected.Out + expected.Error);
    }

    [Fact]
    public async Task Serves_the_sample_blog_on_loopback()
    {
        if (native.Path is null)
        {
            return;
        }

        var start = new ProcessStartInfo(native.Path)
        {
            ArgumentList = { "serve", Path.Combine(NativeCommand.Repository, "sites", "sample"), "-o", Path.Combine(_root, "serve"), "--no-cache", "--port", "4317" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var server = Process.Start(start)!;
        try
        {
            var address = "";
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (address.Length == 0 && DateTime.UtcNow < deadline && await server.StandardOutput.ReadLineAsync() is { } line)
            {
                address = ServingAddress().Match(line) is { Success: true } m ? m.Groups[1].Value : "";
            }

            Assert.StartsWith("http://127.0.0.1:", address);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            var home = await http.GetStringAsync(address);
            Assert.Contains("<html", home);
            Assert.Contains("/__inkstone/live.js", home); // the live-reload script the server adds to what it serves
            Assert.Contains("EventSource", await http.GetStringAsync(address + "__inkstone/live.js"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private void AssertSameBuild(string command, string site)
    {
        var expected = Run(NativeCommand.FrameworkDependent(site, "build", site, "-o", Path.Combine(_root, "jit"), "--no-cache"));
        var actual = Run(new ProcessStartInfo(command) { ArgumentList = { "build", site, "-o", Path.Combine(_root, "native"), "--no-cache" } });

        Assert.Equal((expected.ExitCode, Timeless(expected.Out), expected.Error), (actual.ExitCode, Timeless(actual.Out).Replace(Path.Combine(_root, "native"), Path.Combine(_root, "jit"), StringComparison.Ordinal), actual.Error));
        var files = Files(Path.Combine(_root, "jit"));
        Assert.Equal(files, Files(Path.Combine(_root, "native")));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(_root, "jit", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_root, "native", file))),
                $"{site}: {file} differs between the native and the framework-dependent build");
        }
    }

    private static (int ExitCode, string Out, string Error) Run(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), $"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in 3 minutes");
        return (process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
    }

    private static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    /// <summary>The summary line without its milliseconds, which differ from run to run.</summary>
    private static string Timeless(string output) => Milliseconds().Replace(output, "in N ms");

    [GeneratedRegex(@"in \d+ ms")]
    private static partial Regex Milliseconds();

    [GeneratedRegex(@"at (http://\S+?/?) with live reload")]
    private static partial Regex ServingAddress();
}
