using System.CommandLine;

namespace Inkstone.Cli.Commands;

/// <summary><c>inkstone new</c>: only a group; <see cref="NewSiteCommand"/> and <see cref="NewPostCommand"/> do the work.</summary>
internal sealed class NewCommand : Command
{
    public NewCommand(ConsoleEnvironment env)
        : base("new", "Makes a new site or a new post.")
    {
        Add(new NewSiteCommand(env));
        Add(new NewPostCommand(env));
    }
}
