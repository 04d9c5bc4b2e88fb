using System.CommandLine;

namespace Inkstone.Cli.Commands;

/// <summary>The optional <c>SITE</c> folder that build, serve, check and init work on; the current folder when left out.</summary>
internal sealed class SiteArgument
{
    private readonly Argument<string?> _argument = new("SITE")
    {
        Description = "The site's folder (default: the current folder).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public void AddTo(Command command) => command.Add(_argument);

    /// <summary>The folder as the writer typed it, or null.</summary>
    public string? Given(ParseResult parsed) => parsed.GetValue(_argument);

    /// <summary>The full path of the site's folder, which must exist.</summary>
    public string Resolve(ParseResult parsed, ConsoleEnvironment env)
    {
        var site = Given(parsed);
        var full = Path.GetFullPath(site ?? ".", env.WorkingDirectory);
        if (!Directory.Exists(full))
        {
            throw new UsageException($"The site folder '{site}' does not exist.", site);
        }

        return full;
    }
}
