using Markdig.Syntax;

namespace Inkstone.Markdown.Liquid;

/// <summary>The binding of one post's tag blocks: numbers groups that need ids of their own (tabs), and moves blocks.</summary>
internal sealed class TagBlockBinding
{
    private int _groups;

    public int NextGroup() => ++_groups;

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="container"/> was, with the container's children.</summary>
    public static void Replace(ContainerBlock container, ContainerBlock replacement)
    {
        replacement.Line = container.Line;
        replacement.Column = container.Column;
        replacement.Span = container.Span;
        while (container.Count > 0)
        {
            var child = container[0];
            container.RemoveAt(0);
            replacement.Add(child);
        }

        var parent = container.Parent!;
        var index = parent.IndexOf(container);
        parent.RemoveAt(index);
        parent.Insert(index, replacement);
    }

    /// <summary>Puts the container's children in its place, as if it had not been there.</summary>
    public static void Unwrap(ContainerBlock container)
    {
        var parent = container.Parent!;
        var index = parent.IndexOf(container);
        parent.RemoveAt(index);
        while (container.Count > 0)
        {
            var child = container[^1];
            container.RemoveAt(container.Count - 1);
            parent.Insert(index, child);
        }
    }
}
