namespace Inkstone.Cli;

/// <summary>
/// A command's arguments: positionals and options. Options are declared by the command, so a typo
/// (<c>--draft</c> for <c>--drafts</c>) is a usage error that names the argument, not silently ignored.
/// </summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<(string Value, int Index)> _positionals = [];

    public static ParsedArguments Parse(IReadOnlyList<string> args, int start, IReadOnlySet<string> flags, IReadOnlySet<string> valued, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var parsed = new ParsedArguments();
        for (var i = start; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-') && arg.Length > 1)
            {
                var name = arg;
                string? inline = null;
                var eq = arg.IndexOf('=');
                if (eq > 0)
                {
                    name = arg[..eq];
                    inline = arg[(eq + 1)..];
                }

                if (aliases is not null && aliases.TryGetValue(name, out var canonical))
                {
                    name = canonical;
                }

                if (flags.Contains(name) && inline is null)
                {
                    parsed._options[name] = null;
                }
                else if (valued.Contains(name))
                {
                    if (inline is null)
                    {
                        if (i + 1 >= args.Count)
                        {
                            throw new UsageException($"{name} needs a value.", i);
                        }

                        inline = args[++i];
                    }

                    parsed._options[name] = inline;
                }
                else
                {
                    var known = flags.Concat(valued).OrderBy(o => o, StringComparer.Ordinal).ToList();
                    var near = known.OrderBy(k => Distance(k, name)).FirstOrDefault();
                    throw new UsageException($"Unknown option {name}.", i,
                        near is not null && Distance(near, name) <= 3 ? $"Did you mean {near}?" : $"Options here: {string.Join(' ', known)}");
                }
            }
            else
            {
                parsed._positionals.Add((arg, i));
            }
        }

        return parsed;
    }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.TryGetValue(option, out var value) ? value : null;

    public IReadOnlyList<(string Value, int Index)> Positionals => _positionals;

    public string? Positional(int n, int max)
    {
        if (_positionals.Count > max)
        {
            throw new UsageException($"Unexpected argument '{_positionals[max].Value}'.", _positionals[max].Index);
        }

        return n < _positionals.Count ? _positionals[n].Value : null;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = System.Math.Min(System.Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
