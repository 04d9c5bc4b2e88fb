using Inkstone.Data;

namespace Inkstone.Content.Notebooks;

/// <summary>
/// What a code cell shows, from its tags (Jupyter Book's <c>remove-cell</c>, <c>remove-input</c>, <c>remove-output</c>,
/// <c>hide-cell</c>, <c>hide-input</c>, <c>hide-output</c>) and Quarto's option comments at the top of its source
/// (<c>#| echo: false</c>, <c>#| output: false</c>, <c>#| include: false</c>, <c>#| code-fold: true</c>), which are not shown.
/// A removed part is left out of the page; a hidden one is folded in a <c>&lt;details&gt;</c>, open on a click.
/// </summary>
internal sealed record CellOptions(bool Remove, bool RemoveInput, bool RemoveOutput, bool HideInput, bool HideOutput)
{
    /// <summary>The options of a cell, and its source without Quarto's option lines.</summary>
    public static (CellOptions Options, IReadOnlyList<SourceLine> Source) Read(DataMap cell, IReadOnlyList<SourceLine> source)
    {
        var tags = (cell["metadata"] as DataMap)?["tags"] is DataList list
            ? list.Items.OfType<DataScalar>().Select(t => t.Text).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        var options = new CellOptions(
            tags.Contains("remove-cell") || tags.Contains("remove_cell"),
            tags.Contains("remove-input") || tags.Contains("remove_input"),
            tags.Contains("remove-output") || tags.Contains("remove_output"),
            tags.Contains("hide-input") || tags.Contains("hide-cell"),
            tags.Contains("hide-output") || tags.Contains("hide-cell"));

        var skip = 0;
        while (skip < source.Count && OptionLine(source[skip].Text) is { } option)
        {
            options = options.With(option.Key, option.Value);
            skip++;
        }

        return (options, skip == 0 ? source : source.Skip(skip).ToList());
    }

    private CellOptions With(string key, string value)
    {
        var yes = value is "true" or "yes";
        var no = value is "false" or "no";
        return key switch
        {
            "include" when no => this with { Remove = true },
            "echo" when no => this with { RemoveInput = true },
            "output" when no => this with { RemoveOutput = true },
            "code-fold" when yes => this with { HideInput = true },
            _ => this,
        };
    }

    /// <summary>A Quarto option comment (<c>#| key: value</c>, <c>//| key: value</c>, <c>--| key: value</c>).</summary>
    private static KeyValuePair<string, string>? OptionLine(string line)
    {
        var text = line.TrimStart();
        var prefix = text.StartsWith("#|", StringComparison.Ordinal) ? 2 : text.StartsWith("//|", StringComparison.Ordinal) || text.StartsWith("--|", StringComparison.Ordinal) ? 3 : 0;
        if (prefix == 0)
        {
            return null;
        }

        var option = text[prefix..];
        var colon = option.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new(option.Trim(), "")
            : new(option[..colon].Trim().ToLowerInvariant(), option[(colon + 1)..].Trim().Trim('"', '\'').ToLowerInvariant());
    }
}
