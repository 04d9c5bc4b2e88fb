using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Inkstone.Cli.Commands;

/// <summary>
/// <c>inkstone --version</c>, and the older spelling <c>inkstone version</c> (hidden from help): prints
/// "inkstone", the version and the commit the command was built from.
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

    /// <summary>"1.0.0 (commit 367870055eb6)": the package version and the commit it was built from, which the SDK records.</summary>
    public static string Text
    {
        get
        {
            var informational = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? PackageVersion : $"{PackageVersion} (commit {informational[(plus + 1)..System.Math.Min(informational.Length, plus + 13)]})";
        }
    }

    private static int Print(ConsoleEnvironment env)
    {
        env.Out.WriteLine($"inkstone {Text}");
        return CommandLine.Success;
    }

    private sealed class PrintVersion(ConsoleEnvironment env) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult) => Print(env);
    }
}
