using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Inkstone.Cli.Commands;

namespace Inkstone.Cli;

/// <summary>
/// Turns what the parser could not match into Inkstone's usage errors: the argument named and underlined, and a
/// hint (the option meant, when a typo is near one), in the words the command line has always used.
/// </summary>
internal static class UsageErrorReader
{
    public static UsageException? Read(ParseResult parsed, IReadOnlyList<string> args)
    {
        if (parsed.Action is HelpAction)
        {
            return null;
        }

        var command = parsed.CommandResult.Command;
        if (command is NewCommand)
        {
            var hint = "inkstone new site DIR, or inkstone new post \"标题\".";
            return args.Count < 2 ? new UsageException("'new' makes a 'site' or a 'post'.", "new", hint) : new UsageException("'new' makes a 'site' or a 'post'.", args[1], hint);
        }

        // The parser takes a word it does not know, such as the typo --draft, for a positional (SITE) when there
        // is room for one; a word that starts with a dash is always meant as an option.
        var stray = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value)
            .Concat(parsed.UnmatchedTokens)
            .FirstOrDefault(IsOptionLike) ?? parsed.UnmatchedTokens.FirstOrDefault();
        if (stray is not null)
        {
            return IsOptionLike(stray) ? UnknownOption(command, stray)
                : command is InkstoneRootCommand ? new UsageException($"Unknown command '{stray}'.", stray, "Commands: build, serve, check, init, new.")
                : new UsageException($"Unexpected argument '{stray}'.", stray);
        }

        if (parsed.Errors.Count == 0)
        {
            return null;
        }

        var error = parsed.Errors[0];
        return error.SymbolResult is OptionResult { IdentifierToken: { } option } result && result.Tokens.Count == 0
            ? new UsageException($"{option.Value} needs a value.", option.Value)
            : new UsageException(error.Message);
    }

    private static bool IsOptionLike(string token) => token.StartsWith('-') && token.Length > 1;

    private static UsageException UnknownOption(Command command, string token)
    {
        var name = token.Split('=')[0];
        var known = command.Options.Where(o => o is not HelpOption).SelectMany(o => o.Aliases.Prepend(o.Name)).Order(StringComparer.Ordinal).ToList();
        var near = known.OrderBy(k => Distance(k, name)).FirstOrDefault();
        return new UsageException($"Unknown option {name}.", token,
            near is not null && Distance(near, name) <= 3 ? $"Did you mean {near}?" : $"Options here: {string.Join(' ', known)}");
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
