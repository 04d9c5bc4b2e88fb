namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Matches the lines of a template's output to the lines of its source with Myers' shortest edit script (the one
/// diff tools use): lines both share are matched, and each line between matches is placed at the source lines it
/// replaced, or after the last match when it replaced none.
/// </summary>
internal static class LineAligner
{
    /// <summary>Beyond this many differing lines the alignment is not worth its cost, and lines are placed in proportion.</summary>
    private const int MaxEdits = 1000;

    /// <returns>For each output line, its source line (both 0-based).</returns>
    public static int[] Align(string[] source, string[] output)
    {
        var map = new int[output.Length];
        var script = EditScript(source, output);
        if (script is null)
        {
            for (var o = 0; o < output.Length; o++)
            {
                map[o] = (int)((long)o * source.Length / System.Math.Max(1, output.Length));
            }

            return map;
        }

        // Walk the matches in order; between two, output lines take the source lines that were replaced one for one.
        var (previousS, previousO) = (-1, -1);
        foreach (var (matchS, matchO) in script.Append((source.Length, output.Length)))
        {
            var replaced = matchS - (previousS + 1);
            for (var o = previousO + 1; o < matchO; o++)
            {
                var k = o - (previousO + 1);
                map[o] = replaced > 0 ? previousS + 1 + System.Math.Min(k, replaced - 1) : System.Math.Max(previousS, 0);
            }

            if (matchO < output.Length)
            {
                map[matchO] = matchS;
            }

            (previousS, previousO) = (matchS, matchO);
        }

        return map;
    }

    /// <summary>The matched (source, output) line pairs in order, or null when the texts differ in too many lines.</summary>
    private static List<(int Source, int Output)>? EditScript(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = System.Math.Min(n + m, MaxEdits);
        var offset = max + 1;
        var v = new int[2 * max + 3];
        // Before each step d, the furthest reach on diagonals -d..d, which is all the way back needs.
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add(v[(offset - d)..(offset + d + 1)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, a, b, d, k);
                }
            }
        }

        return null;
    }

    private static List<(int Source, int Output)> Backtrack(List<int[]> trace, string[] a, string[] b, int d, int k)
    {
        var matches = new List<(int, int)>();
        int x = a.Length, y = b.Length;
        for (; d > 0; d--)
        {
            var v = trace[d];
            var previousK = k == -d || (k != d && v[d + k - 1] < v[d + k + 1]) ? k + 1 : k - 1;
            var previousX = v[d + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                matches.Add((--x, --y));
            }

            (x, y, k) = (previousX, previousY, previousK);
        }

        while (x > 0 && y > 0)
        {
            matches.Add((--x, --y));
        }

        matches.Reverse();
        return matches;
    }
}
