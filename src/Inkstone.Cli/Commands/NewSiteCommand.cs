using System.CommandLine;
using Inkstone.Scaffolding;

namespace Inkstone.Cli.Commands;

/// <summary><c>inkstone new site DIR</c>: a new site with one example post.</summary>
internal sealed class NewSiteCommand : Command
{
    private readonly ConsoleEnvironment _env;

    // Optional to the parser so that a missing folder gets Inkstone's message with an example, not the library's.
    private readonly Argument<string?> _folder = new("DIR") { Description = "The folder to make; it must not exist or be empty.", Arity = ArgumentArity.ZeroOrOne };

    public NewSiteCommand(ConsoleEnvironment env)
        : base("site", "Makes a new site with one example post.")
    {
        _env = env;
        Add(_folder);
        SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var dir = parsed.GetValue(_folder) ?? throw new UsageException("'new site' needs a folder name.", "site", "inkstone new site myblog");
        var full = Path.GetFullPath(dir, _env.WorkingDirectory);
        try
        {
            var files = SiteScaffolder.CreateSite(full, _env.Now(), VersionCommand.PackageVersion);
            _env.Out.WriteLine($"Created a new site in {full} ({files.Count} files). Next: inkstone serve {dir}");
            return CommandLine.Success;
        }
        catch (IOException e)
        {
            _env.Error.WriteLine($"error: {e.Message}");
            return CommandLine.ContentErrors;
        }
    }
}
