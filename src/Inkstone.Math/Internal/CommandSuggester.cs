namespace Inkstone.Math.Internal;

/// <summary>Finds the known name closest to a misspelled one, for "did you mean" hints. Runs only on the error path.</summary>
internal static class CommandSuggester
{
    public static string? Nearest(string name, MathMacroTable? macros)
    {
        IEnumerable<string> names = CommandTable.Commands.Keys;
        if (macros is not null)
        {
            names = names.Concat(macros.Names);
        }
        return NearestOf(name, names);
    }

    public static string? NearestOf(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = System.Math.Max(1, name.Length / 3);
        foreach (var candidate in candidates)
        {
            if (candidate.Length < 2 || System.Math.Abs(candidate.Length - name.Length) > limit)
            {
                continue;
            }
            var distance = Distance(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = System.Math.Min(current[j], previous2[j - 2] + 1);
                }
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
