namespace Inkstone.Cli;

/// <summary>What a command may touch outside the engine: its output streams, the clock, the working folder and whether it runs on a terminal.</summary>
internal sealed class ConsoleEnvironment
{
    public TextWriter Out { get; init; } = Console.Out;

    public TextWriter Error { get; init; } = Console.Error;

    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public Func<DateTimeOffset> Now { get; init; } = () => DateTimeOffset.Now;

    /// <summary>The process's environment variables (deploy reads credentials and the region from them); tests pass their own.</summary>
    public Func<string, string?> Variables { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Test-only: where <c>build</c> kills itself while publishing (<see cref="FaultInjection"/>).</summary>
    public string? FaultAt { get; init; } = Environment.GetEnvironmentVariable(FaultInjection.Variable);

    /// <summary>Progress lines are for people at a terminal, not for CI logs.</summary>
    public bool IsInteractive { get; init; } =
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>How long a build runs on a terminal before it shows its progress; a quick build shows none.</summary>
    public TimeSpan ProgressAfter { get; init; } = TimeSpan.FromSeconds(1);
}
