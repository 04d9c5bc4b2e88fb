using System.CommandLine;

namespace Inkstone.Cli.Commands;

/// <summary><c>inkstone init</c>: writes inkstone.yml for a site brought from Jekyll, Hexo, Hugo or MkDocs.</summary>
internal sealed class InitCommand : Command
{
    private readonly ConsoleEnvironment _env;
    private readonly SiteArgument _site = new();

    public InitCommand(ConsoleEnvironment env)
        : base("init", "Writes the inkstone.yml of a Jekyll, Hexo, Hugo or MkDocs site, each setting with its source.")
    {
        _env = env;
        _site.AddTo(this);
        SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var site = _site.Resolve(parsed, _env);
        try
        {
            var path = Scaffolding.SiteInitializer.Init(site);
            _env.Out.WriteLine($"Wrote {path}: what Inkstone read from the old configuration, one setting a line. Next: inkstone serve {_site.Given(parsed) ?? "."}");
            return CommandLine.Success;
        }
        catch (IOException e)
        {
            _env.Error.WriteLine($"error: {e.Message}");
            return CommandLine.ContentErrors;
        }
    }
}
