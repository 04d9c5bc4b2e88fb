namespace Inkstone.Data;

/// <summary>
/// Finds the line at which a reader gives up on text nested too deeply. Markdig and Tomlyn stop at their
/// depth limit with an exception that has no position, so the text is read again up to a line, halving the
/// range each time: the first line whose prefix fails is the one that goes too deep (a few readings, each
/// stopped at the same limit).
/// </summary>
internal static class DeepNestingFinder
{
    /// <summary>The 1-based line of <paramref name="text"/> at which <paramref name="fails"/> first holds for the text up to it; the last line when none does.</summary>
    public static int FirstFailingLine(string text, Func<string, bool> fails)
    {
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                ends.Add(i + 1);
            }
        }

        ends.Add(text.Length);
        int low = 0, high = ends.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (fails(text[..ends[middle]]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low + 1;
    }
}
