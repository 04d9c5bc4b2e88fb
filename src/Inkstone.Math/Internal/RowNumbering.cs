namespace Inkstone.Math.Internal;

/// <summary>The tag and label of one numbered line: the whole formula, or one row of align or gather.</summary>
internal sealed class RowNumbering
{
    public string? Tag { get; set; }

    /// <summary>\tag* was used: show the tag without parentheses.</summary>
    public bool Bare { get; set; }

    public string? Label { get; set; }

    public bool NoNumber { get; set; }
}
