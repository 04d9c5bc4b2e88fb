using System.CommandLine;
using Inkstone.Building;

namespace Inkstone.Cli.Commands;

/// <summary><c>-o</c> and <c>--force</c>: where build and serve write, and whether they may replace files they did not write.</summary>
internal sealed class OutputFolderOptions
{
    private readonly Option<string?> _output = new("-o", "--output") { Description = "Writes the site to OUT.", HelpName = "OUT" };
    private readonly Option<bool> _force = new("--force") { Description = "Replaces the files of an output folder Inkstone did not write (never the site's own folders)." };

    public void AddTo(Command command)
    {
        command.Add(_output);
        command.Add(_force);
    }

    public bool Force(ParseResult parsed) => parsed.GetValue(_force);

    /// <summary>The full path of the output folder, refused when building there would lose the writer's files.</summary>
    public string Resolve(ParseResult parsed, string site, string defaultOutput, ConsoleEnvironment env)
    {
        var given = parsed.GetValue(_output);
        var output = Path.GetFullPath(given ?? defaultOutput, env.WorkingDirectory);
        if (Output.OutputFolderRule.Refusal(site, output, Force(parsed), SiteDescription.Of(site).SourceFolders) is { } refusal)
        {
            throw new UsageException($"'{output}' cannot be the output folder: {refusal.Reason}.", given,
                refusal.ForceAllows
                    ? "Empty it or choose another folder with -o; or pass --force to let Inkstone replace what it holds."
                    : "Choose another folder with -o, such as the site's public/.")
            {
                AfterOptions = _output.Aliases.Append(_output.Name).ToList(),
            };
        }

        return output;
    }
}
