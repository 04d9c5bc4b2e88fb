namespace Inkstone.CorpusGenerator;

/// <summary>What to generate and where, as given on the command line.</summary>
internal sealed record CorpusOptions(int Posts, string OutputDirectory, int Seed, string? HugoDirectory)
{
    public const string Usage =
        "usage: corpus-generator --posts N --out DIR [--seed 1] [--hugo DIR2]";

    /// <summary>Parses the arguments; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static CorpusOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        var posts = 4000;
        var seed = 1;
        string? output = null;
        string? hugo = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--posts" when int.TryParse(value, out var n) && n > 0:
                    posts = n;
                    break;
                case "--seed" when int.TryParse(value, out var s):
                    seed = s;
                    break;
                case "--out":
                    output = value;
                    break;
                case "--hugo":
                    hugo = value;
                    break;
                case "--posts" or "--seed":
                    error = $"{name} expects a whole number, got '{value}'";
                    return null;
                default:
                    error = $"unknown option '{name}'";
                    return null;
            }
        }

        if (output is null)
        {
            error = "--out DIR is required";
            return null;
        }

        error = "";
        return new CorpusOptions(posts, output, seed, hugo);
    }
}
