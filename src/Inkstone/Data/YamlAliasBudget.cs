using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Inkstone.Data;

/// <summary>
/// Finds the alias at which a YAML document would grow past <see cref="MaxNodesThroughAliases"/> once its
/// aliases are copied out. YamlDotNet shares an anchored node among its aliases, but every reader of the
/// document walks them as copies: nine anchors of nine aliases each (a few hundred bytes, the "billion
/// laughs") are 387 million nodes. The parser's events are counted, never expanded, so the check is linear.
/// </summary>
internal static class YamlAliasBudget
{
    /// <summary>More than any configuration or front matter reuses, and about a megabyte of nodes at most.</summary>
    public const int MaxNodesThroughAliases = 10_000;

    /// <summary>The alias that goes over the budget (its position in <paramref name="yaml"/>), or null when the document keeps within it.</summary>
    public static Mark? FirstAliasOverBudget(string yaml)
    {
        if (!yaml.Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes)>();
        long throughAliases = 0;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        var size = sizes.GetValueOrDefault(alias.Value.Value, 1);
                        throughAliases += size;
                        if (throughAliases > MaxNodesThroughAliases)
                        {
                            return alias.Start;
                        }

                        Count(open, size);
                        break;
                    case Scalar scalar:
                        if (!scalar.Anchor.IsEmpty)
                        {
                            sizes[scalar.Anchor.Value] = 1;
                        }

                        Count(open, 1);
                        break;
                    case NodeEvent { } start and (SequenceStart or MappingStart):
                        open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, 1));
                        break;
                    case SequenceEnd or MappingEnd:
                        var (anchor, nodes) = open.Pop();
                        if (anchor is not null)
                        {
                            sizes[anchor] = nodes;
                        }

                        Count(open, nodes);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Malformed YAML is reported by the reader that loads it; only the aliases before the error count.
        }

        return null;
    }

    private static void Count(Stack<(string? Anchor, long Nodes)> open, long nodes)
    {
        if (open.Count > 0)
        {
            var (anchor, total) = open.Pop();
            open.Push((anchor, total + nodes));
        }
    }
}
