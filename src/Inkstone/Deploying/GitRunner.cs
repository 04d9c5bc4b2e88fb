using System.ComponentModel;
using System.Diagnostics;

namespace Inkstone.Deploying;

/// <summary>Runs git in a folder with a few variables of its own, never waiting for a password prompt.</summary>
internal sealed class GitRunner(string directory)
{
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal) { ["GIT_TERMINAL_PROMPT"] = "0" };

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public bool Succeeded => ExitCode == 0;

        /// <summary>The last lines git wrote to its error stream, for a message.</summary>
        public string Reason => string.Join(" ", Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
    }

    public Result Run(string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Variables)
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new DeployException("git is not installed, and the git target pushes with it.", "Install git, or deploy to s3:// or a folder.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.Write(input ?? "");
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // git stopped before reading all it was given; its exit code and messages say why.
            }

            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>The first line git printed; a failure is a <see cref="DeployException"/> that starts with <paramref name="what"/>.</summary>
    public string Line(string what, params string[] arguments) => LineReading(what, null, arguments);

    /// <summary>As <see cref="Line(string, string[])"/>, with <paramref name="input"/> on git's standard input.</summary>
    public string LineReading(string what, string? input, params string[] arguments)
    {
        var result = Run(input, arguments);
        if (!result.Succeeded)
        {
            throw new DeployException($"{what}: git {arguments[0]} failed: {result.Reason}");
        }

        return result.Out.Split('\n')[0].Trim();
    }
}
