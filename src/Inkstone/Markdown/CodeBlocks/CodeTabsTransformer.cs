using Markdig.Syntax;

namespace Inkstone.Markdown.CodeBlocks;

/// <summary>Wraps each run of consecutive tabbed code blocks into a <see cref="CodeTabsBlock"/>.</summary>
internal static class CodeTabsTransformer
{
    public static void Apply(MarkdownDocument document)
    {
        var group = 0;
        foreach (var container in document.Descendants<ContainerBlock>().Prepend(document).ToList())
        {
            for (var i = 0; i < container.Count; i++)
            {
                if (!IsTab(container[i]))
                {
                    continue;
                }

                var tabs = new CodeTabsBlock { GroupNumber = ++group, Line = container[i].Line, Column = container[i].Column, Span = container[i].Span };
                while (i < container.Count && IsTab(container[i]))
                {
                    var block = container[i];
                    container.RemoveAt(i);
                    tabs.Add(block);
                }

                container.Insert(i, tabs);
            }
        }
    }

    private static bool IsTab(Block block) => block is CodeBlock code && code.GetData(typeof(CodeBlockData)) is CodeBlockData { Info.Tab: not null };
}
