using Inkstone.Markdown.Tabs;
using Markdig.Syntax;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>
/// Makes each run of <see cref="TabbedBlock"/>s that follow one another one <see cref="TabsBlock"/>, so pymdownx
/// tabs look like every other set of tabs on the site.
/// </summary>
internal static class TabbedTransformer
{
    public static void Apply(MarkdownDocument document)
    {
        var group = document.Descendants<TabsBlock>().Select(t => t.GroupNumber).DefaultIfEmpty(0).Max();
        // Innermost first: a tab's own tabs are grouped before the tab's body moves into its panel.
        foreach (var container in document.Descendants<ContainerBlock>().Where(c => c.OfType<TabbedBlock>().Any()).Reverse().ToList())
        {
            Group(container, ref group);
        }

        if (document.OfType<TabbedBlock>().Any())
        {
            Group(document, ref group);
        }
    }

    private static void Group(ContainerBlock container, ref int group)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is not TabbedBlock first)
            {
                continue;
            }

            var run = new List<TabbedBlock> { first };
            while (i + run.Count < container.Count && container[i + run.Count] is TabbedBlock next && !next.StartsSet)
            {
                run.Add(next);
            }

            var selected = run.FindIndex(t => t.Selected) + 1;
            var tabs = new TabsBlock { GroupNumber = ++group, Selected = selected > 0 ? selected : 1, Line = first.Line, Column = first.Column, Span = first.Span };
            foreach (var tab in run)
            {
                container.Remove(tab);
                var panel = new TabPanelBlock { Title = tab.Title, Line = tab.Line, Column = tab.Column, Span = tab.Span };
                while (tab.Count > 0)
                {
                    var child = tab[0];
                    tab.RemoveAt(0);
                    panel.Add(child);
                }

                tabs.Add(panel);
            }

            container.Insert(i, tabs);
        }
    }
}
