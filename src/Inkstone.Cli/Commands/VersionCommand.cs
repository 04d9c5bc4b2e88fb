using System.CommandLine;
using System.CommandLine.Invocation;

namespace Inkstone.Cli.Commands;

/// <summary>
/// <c>inkstone --version</c>, and the older spelling <c>inkstone version</c> (hidden from help): prints
/// "inkstone" and the assembly version, as the command always has.
/// </summary>
internal sealed class VersionCommand : Command
{
    public VersionCommand(ConsoleEnvironment env)
        : base("version", "Prints Inkstone's version.")
    {
        Hidden = true;
        SetAction(_ => Print(env));
    }

    /// <summary>The version of the Inkstone.Cli tool package this is (major.minor.patch), which <c>dotnet tool install --version</c> takes.</summary>
    public static string PackageVersion => typeof(CommandLine).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";

    /// <summary>Makes the root's <c>--version</c> print what <c>inkstone version</c> prints.</summary>
    public static void Replace(VersionOption option, ConsoleEnvironment env) => option.Action = new PrintVersion(env);

    private static int Print(ConsoleEnvironment env)
    {
        env.Out.WriteLine($"inkstone {typeof(CommandLine).Assembly.GetName().Version}");
        return CommandLine.Success;
    }

    private sealed class PrintVersion(ConsoleEnvironment env) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult) => Print(env);
    }
}
