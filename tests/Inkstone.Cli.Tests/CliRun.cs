using Inkstone.Cli;

namespace Inkstone.Cli.Tests;

/// <summary>Runs the inkstone command in-process: arguments in, exit code and output out.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static CliRun Invoke(string workingDirectory, params string[] args) => Invoke(workingDirectory, interactive: false, TimeSpan.FromSeconds(1), args);

    /// <summary>With <paramref name="variables"/> as the whole environment the command sees (deploy's credentials).</summary>
    public static CliRun Invoke(string workingDirectory, IReadOnlyDictionary<string, string> variables, params string[] args) =>
        Invoke(workingDirectory, false, TimeSpan.FromSeconds(1), variables, args);

    /// <summary>As on a terminal (<paramref name="interactive"/>) or redirected, with progress shown after <paramref name="progressAfter"/>.</summary>
    public static CliRun Invoke(string workingDirectory, bool interactive, TimeSpan progressAfter, params string[] args) =>
        Invoke(workingDirectory, interactive, progressAfter, null, args);

    private static CliRun Invoke(string workingDirectory, bool interactive, TimeSpan progressAfter, IReadOnlyDictionary<string, string>? variables, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new ConsoleEnvironment
        {
            Out = TextWriter.Synchronized(stdout),
            Error = stderr,
            WorkingDirectory = workingDirectory,
            Now = () => Now,
            IsInteractive = interactive,
            ProgressAfter = progressAfter,
            Variables = variables is null ? Environment.GetEnvironmentVariable : name => variables.GetValueOrDefault(name),
        };
        var code = CommandLine.RunAsync(args, env, CancellationToken.None).GetAwaiter().GetResult();
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
