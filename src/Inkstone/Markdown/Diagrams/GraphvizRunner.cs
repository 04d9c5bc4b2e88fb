using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Inkstone.Markdown.Diagrams;

/// <summary>
/// Runs Graphviz's <c>dot -Tsvg</c> (Debian's <c>graphviz</c> package, found on the PATH) on a diagram's source.
/// Its version is read once, on first use; outputs are kept by version and source for the life of the
/// <see cref="Building.BuildCaches"/>, so a preview's rebuild runs <c>dot</c> only for a changed graph. A graph
/// that runs past the time limit is an error, never a hung build.
/// </summary>
internal sealed class GraphvizRunner
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);
    private readonly string _command;
    private readonly Lazy<string?> _version;
    private readonly ConcurrentDictionary<(string Version, string Source), GraphvizOutput> _outputs = new();

    public GraphvizRunner(string command = "dot")
    {
        _command = command;
        _version = new Lazy<string?>(ReadVersion, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The installed version as <c>dot -V</c> prints it, or null when <c>dot</c> cannot be run.</summary>
    public string? Version => _version.Value;

    public GraphvizOutput Render(string source)
    {
        if (Version is not { } version)
        {
            return new GraphvizOutput(null, "dot is not installed");
        }

        return _outputs.GetOrAdd((version, source), key => Run(key.Source));
    }

    private GraphvizOutput Run(string source)
    {
        var (exit, output, error) = Execute(Inkstone.Diagrams.GraphvizSvgTheme.DotArguments, source);
        if (exit == 0 && output.Contains("<svg", StringComparison.Ordinal))
        {
            return new GraphvizOutput(output, null);
        }

        return new GraphvizOutput(null, error.Trim().Length > 0 ? error.Trim() : "dot failed with exit code " + exit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private string? ReadVersion()
    {
        try
        {
            var (exit, output, error) = Execute(["-V"], "");
            var text = (error + output).Trim();
            return exit == 0 && text.Length > 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private (int Exit, string Output, string Error) Execute(IReadOnlyList<string> arguments, string input)
    {
        var start = new ProcessStartInfo(_command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dot did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeLimit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "", $"dot ran for more than {TimeLimit.TotalSeconds:0} seconds and was stopped");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
