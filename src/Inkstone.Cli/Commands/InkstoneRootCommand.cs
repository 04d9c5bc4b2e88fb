using System.CommandLine;
using System.CommandLine.Help;

namespace Inkstone.Cli.Commands;

/// <summary>
/// <c>inkstone</c> itself: its commands, <c>--help</c> and <c>--version</c>. Not a <see cref="RootCommand"/>, which
/// would name itself after the assembly (Inkstone.Cli) in help and add directives nobody uses.
/// </summary>
internal sealed class InkstoneRootCommand : Command
{
    public InkstoneRootCommand(ConsoleEnvironment env)
        : base("inkstone", "Inkstone turns a folder of Markdown into a static blog.")
    {
        Add(new HelpOption());
        var version = new VersionOption();
        VersionCommand.Replace(version, env);
        Add(version);
        Add(new BuildCommand(env));
        Add(new ServeCommand(env));
        Add(new CheckCommand(env));
        Add(new InitCommand(env));
        Add(new DeployCommand(env));
        Add(new NewCommand(env));
        Add(new VersionCommand(env));
    }
}
