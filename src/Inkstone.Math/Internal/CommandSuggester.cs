namespace Inkstone.Math.Internal;

/// <summary>
/// Finds the known name a misspelled one was meant to be, for "did you mean" hints, or nothing: a wrong suggestion
/// (\lt → \it) costs the writer more than none. Runs only on the error path.
/// </summary>
/// <remarks>
/// A candidate must be within an edit distance that grows with the length of the name (none for one or two letters,
/// one edit up to five, two up to eight, three beyond), where swapping two neighbours is one edit (optimal string
/// alignment, the restricted Damerau-Levenshtein distance). It must also start with the same letter, ignoring case,
/// unless the only slip is at the start (\lapha, \lpha or \aalpha for \alpha): people rarely get the first letter
/// wrong, and names that differ there are usually different commands. Among the candidates left, the nearest wins,
/// then one that starts in the same case (\lpha → \alpha, not \Alpha), then one of the same length, then the first in ordinal order.
/// </remarks>
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
        var limit = Limit(name.Length);
        if (limit == 0)
        {
            return null;
        }
        string? best = null;
        var bestScore = (Distance: int.MaxValue, CaseDiffers: true, LengthDiffers: true);
        foreach (var candidate in candidates)
        {
            if (candidate.Length < 2 || System.Math.Abs(candidate.Length - name.Length) > limit || !Plausible(name, candidate))
            {
                continue;
            }
            var distance = Distance(name, candidate);
            if (distance > limit)
            {
                continue;
            }
            var score = (Distance: distance, CaseDiffers: char.IsUpper(candidate[0]) != char.IsUpper(name[0]), LengthDiffers: candidate.Length != name.Length);
            if (best is null || score.CompareTo(bestScore) < 0 || (score == bestScore && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>The most edits a name of this length may be away from a suggestion.</summary>
    private static int Limit(int length) => length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        <= 8 => 2,
        _ => 3,
    };

    /// <summary>Same first letter (any case); or the only slip is at the start: the first two letters swapped, the first letter missing, or one too many.</summary>
    private static bool Plausible(string name, string candidate) =>
        char.ToLowerInvariant(name[0]) == char.ToLowerInvariant(candidate[0])
        || (name.Length > 1 && candidate.Length > 1 && name[0] == candidate[1] && name[1] == candidate[0])
        || candidate.AsSpan(1).SequenceEqual(name)
        || name.AsSpan(1).SequenceEqual(candidate);

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
