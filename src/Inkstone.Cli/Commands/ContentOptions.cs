using System.CommandLine;
using Inkstone.Building;

namespace Inkstone.Cli.Commands;

/// <summary>The options that choose what a build reads and how strictly: the same in build, serve and check.</summary>
internal sealed class ContentOptions
{
    private readonly Option<bool> _drafts = new("--drafts") { Description = "Includes posts marked draft: true." };
    private readonly Option<bool> _future = new("--future") { Description = "Includes posts dated in the future." };
    private readonly Option<bool> _strict = new("--strict") { Description = "Broken links, missing images and anchors, images without alt text and math errors fail the build." };
    private readonly Option<bool> _noCache = new("--no-cache") { Description = "Renders every post afresh, neither reading nor writing SITE/.inkstone/cache/." };

    public void AddTo(Command command)
    {
        command.Add(_drafts);
        command.Add(_future);
        command.Add(_strict);
        command.Add(_noCache);
    }

    public BuildOptions Read(ParseResult parsed) => new()
    {
        IncludeDrafts = parsed.GetValue(_drafts),
        IncludeFuture = parsed.GetValue(_future),
        Strict = parsed.GetValue(_strict),
        NoCache = parsed.GetValue(_noCache),
    };
}
