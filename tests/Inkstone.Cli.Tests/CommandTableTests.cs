using System.Text.RegularExpressions;
using Inkstone.Testing;

namespace Inkstone.Cli.Tests;

/// <summary>The README's table of commands says what the generated <c>--help</c> says: every command, every option.</summary>
public sealed partial class CommandTableTests
{
    [Fact]
    public void The_readme_table_has_a_row_for_every_command_the_help_lists()
    {
        Assert.Equal(HelpCommands([]).Order(), ReadmeRows().Keys.Order());
    }

    [Fact]
    public void Each_readme_row_names_exactly_the_options_its_command_accepts()
    {
        foreach (var (command, options) in ReadmeRows())
        {
            var help = HelpOptions(command);
            Assert.True(help.SetEquals(options),
                $"'inkstone {command}': the help lists [{string.Join(' ', help.Order())}], the README [{string.Join(' ', options.Order())}].");
        }
    }

    [Fact]
    public void Every_option_in_the_help_has_a_description()
    {
        foreach (var command in HelpCommands([]))
        {
            foreach (var line in OptionLines(Help(command)))
            {
                Assert.Matches(@"^  \S.*\S {2,}\S", line);
            }
        }
    }

    [Fact]
    public void Dash_h_prints_the_same_help_as_dash_dash_help()
    {
        Assert.Equal(Help("serve"), CliRun.Invoke(".", "serve", "-h").Out);
    }

    /// <summary>Rows of the README's "### Commands" table: the command's words ("new post", "" for the root) and its options.</summary>
    private static Dictionary<string, HashSet<string>> ReadmeRows()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var table = readme[readme.IndexOf("### Commands", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", table.IndexOf('|'), StringComparison.Ordinal)];
        var rows = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match row in TableRow().Matches(table))
        {
            var words = row.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var command = string.Join(' ', words.TakeWhile(w => CommandWord().IsMatch(w)));
            rows.Add(command, [.. OptionName().Matches(row.Groups[1].Value).Select(m => m.Value)]);
        }

        return rows;
    }

    /// <summary>The commands that do something (not groups such as "new"), found by following the help's "Commands:" lists.</summary>
    private static IEnumerable<string> HelpCommands(string[] path)
    {
        var help = Help(string.Join(' ', path));
        var section = Section(help, "Commands:");
        if (path.Length == 0 || section.Count == 0)
        {
            yield return string.Join(' ', path);
        }

        foreach (var line in section)
        {
            foreach (var command in HelpCommands([.. path, line.Trim().Split(' ')[0]]))
            {
                yield return command;
            }
        }
    }

    private static HashSet<string> HelpOptions(string command) =>
        [.. OptionLines(Help(command))
            .SelectMany(line => line.Trim().Split("  ")[0].Split(", "))
            .Select(alias => alias.Split(' ')[0])
            .Where(alias => alias is not ("-?" or "-h" or "--help"))];

    private static IEnumerable<string> OptionLines(string help) => Section(help, "Options:");

    private static List<string> Section(string help, string title) =>
        [.. help.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .SkipWhile(l => l != title).Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))];

    private static string Help(string command)
    {
        var run = CliRun.Invoke(".", [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        Assert.Equal(0, run.ExitCode);
        return run.Out;
    }

    [GeneratedRegex(@"^\| `inkstone ([^`]*)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex CommandWord();

    [GeneratedRegex(@"(?<![\w-])--?[a-z][a-z-]*")]
    private static partial Regex OptionName();
}
