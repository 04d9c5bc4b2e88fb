namespace Inkstone.Cli;

/// <summary>Prints a usage error with the bad argument underlined, as Spectre.Console does.</summary>
internal static class UsageErrorPrinter
{
    public static void Print(IReadOnlyList<string> args, UsageException e, TextWriter error)
    {
        error.WriteLine($"error: {e.Message}");
        var index = e.Argument is null ? -1 : IndexOf(args, e.Argument, e.AfterOptions);
        if (index >= 0)
        {
            var prefix = "  inkstone ";
            var before = string.Concat(args.Take(index).Select(a => a + " "));
            error.WriteLine(prefix + string.Join(' ', args));
            error.WriteLine(new string(' ', prefix.Length + before.Length) + new string('^', System.Math.Max(1, args[index].Length)));
        }

        if (e.Hint is not null)
        {
            error.WriteLine($"  = hint: {e.Hint}");
        }

        error.WriteLine("Run 'inkstone --help' for usage.");
    }

    /// <summary>Where <paramref name="argument"/> is on the line: alone, or as <c>--option=argument</c>.</summary>
    private static int IndexOf(IReadOnlyList<string> args, string argument, IReadOnlyCollection<string> afterOptions)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var alone = args[i] == argument && (afterOptions.Count == 0 || (i > 0 && afterOptions.Contains(args[i - 1])));
            var joined = args[i].EndsWith("=" + argument, StringComparison.Ordinal)
                && (afterOptions.Count == 0 || afterOptions.Contains(args[i][..^(argument.Length + 1)]));
            if (alone || joined)
            {
                return i;
            }
        }

        return -1;
    }
}
