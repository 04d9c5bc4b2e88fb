using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>One <c>=== "Title"</c> of pymdownx.tabbed as parsed; <see cref="TabbedTransformer"/> makes each run of them one set of tabs.</summary>
internal sealed class TabbedBlock(BlockParser parser) : ContainerBlock(parser)
{
    public required string Title { get; init; }

    /// <summary><c>===+</c>: this tab is shown first.</summary>
    public bool Selected { get; init; }

    /// <summary><c>===!</c>: this tab starts a new set even right after another tab.</summary>
    public bool StartsSet { get; init; }
}
