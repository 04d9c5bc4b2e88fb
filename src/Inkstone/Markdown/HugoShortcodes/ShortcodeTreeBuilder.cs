namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Pairs shortcode tags with their end tags, as Hugo does: a shortcode encloses content when an end tag of its name
/// follows (or, for one Inkstone knows, when it must), code-bodied ones up to the first end tag whatever lies between.
/// An end tag that closes nothing, one that closes over another open shortcode, or a shortcode that must be closed and
/// is not, is one problem each, at its tag.
/// </summary>
internal static class ShortcodeTreeBuilder
{
    /// <param name="bodyOf">What a known shortcode encloses; null for one Inkstone does not know, which encloses content only when an end tag follows.</param>
    public static ShortcodeNode Build(IReadOnlyList<ShortcodeToken> tokens, Func<string, ShortcodeBody?> bodyOf, Action<int, string> problem)
    {
        var root = new ShortcodeNode(null);
        var open = new List<ShortcodeNode> { root };
        // End tags of shortcodes an earlier, mismatched end tag already closed: reported once, at that tag.
        var forgiven = new List<string>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != ShortcodeTokenKind.Tag)
            {
                open[^1].Children.Add(new ShortcodeNode(token));
                continue;
            }

            if (token.Closing)
            {
                Close(token);
                continue;
            }

            var node = new ShortcodeNode(token);
            open[^1].Children.Add(node);
            var body = bodyOf(token.Name);
            if (token.SelfClosing || body == ShortcodeBody.None)
            {
                continue;
            }

            var end = EndTag(tokens, k, token.Name, body == ShortcodeBody.Code, bodyOf);
            if (end < 0)
            {
                if (body is not null)
                {
                    problem(token.Start, $"'{token.Written}' is never closed with '{token.Written.Replace(token.Name, "/" + token.Name, StringComparison.Ordinal)}', so it is left out.");
                    node.Dropped = true;
                }

                continue;
            }

            if (body == ShortcodeBody.Code)
            {
                node.Close = tokens[end];
                k = end;
            }
            else
            {
                open.Add(node);
            }
        }

        return root;

        void Close(ShortcodeToken token)
        {
            var index = open.FindLastIndex(n => n.Token?.Name == token.Name);
            if (index < 1)
            {
                if (!forgiven.Remove(token.Name))
                {
                    problem(token.Start, $"'{token.Written}' closes no shortcode: there is no '{token.Written.Replace("/" + token.Name, token.Name, StringComparison.Ordinal)}' open before it, so it is left out.");
                }

                return;
            }

            if (index < open.Count - 1)
            {
                var inner = open[^1].Token!;
                problem(token.Start, $"'{token.Written}' comes before the end of '{inner.Written}', which it closes too.");
                forgiven.AddRange(open.Skip(index + 1).Select(n => n.Token!.Name));
            }

            open[index].Close = token;
            open.RemoveRange(index, open.Count - index);
        }
    }

    /// <summary>The index of the end tag of the shortcode at <paramref name="start"/>, counting shortcodes of the same name between; -1 when none.</summary>
    private static int EndTag(IReadOnlyList<ShortcodeToken> tokens, int start, string name, bool code, Func<string, ShortcodeBody?> bodyOf)
    {
        var depth = 0;
        for (var k = start + 1; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != ShortcodeTokenKind.Tag || token.Name != name)
            {
                continue;
            }

            if (token.Closing)
            {
                if (depth == 0 || code)
                {
                    return k;
                }

                depth--;
            }
            else if (!token.SelfClosing && bodyOf(name) != ShortcodeBody.None)
            {
                depth++;
            }
        }

        return -1;
    }
}
