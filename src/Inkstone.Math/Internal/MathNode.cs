namespace Inkstone.Math.Internal;

/// <summary>
/// One MathML element in the tree the parser builds. <see cref="Attributes"/> holds ready-escaped attribute text
/// (e.g. <c> stretchy="false"</c>) because every value is either a constant or validated when it is set.
/// </summary>
internal sealed class MathNode
{
    public MathNode(string element, string? text = null, AtomClass atomClass = AtomClass.Ord, string? attributes = null)
    {
        Element = element;
        Text = text;
        Class = atomClass;
        Attributes = attributes;
    }

    public MathNode(string element, List<MathNode> children, AtomClass atomClass = AtomClass.Ord, string? attributes = null)
    {
        Element = element;
        Children = children;
        Class = atomClass;
        Attributes = attributes;
    }

    public string Element { get; set; }

    /// <summary>Text of a token element (unescaped).</summary>
    public string? Text { get; set; }

    public List<MathNode>? Children { get; set; }

    public string? Attributes { get; set; }

    public AtomClass Class { get; set; }

    public LimitsMode Limits { get; set; }

    /// <summary>A letter that may merge with its neighbours of the same font (\mathrm{softmax} gives one mi).</summary>
    public bool Mergeable { get; set; }

    /// <summary>A bracket of \left...\right, an environment or \binom, sized by <see cref="FenceSizing"/> to its content.</summary>
    public bool IsStretchyFence { get; set; }

    /// <summary>A space of TeX's table that script and scriptscript style leave out (beside an inner atom).</summary>
    public bool IsStyleSpace { get; init; }

    /// <summary>A function name such as sin (an mi followed by an invisible function application).</summary>
    public bool IsFunction { get; set; }

    public void AddAttribute(string attribute) => Attributes = Attributes is null ? attribute : Attributes + attribute;

    /// <summary>Replaces the operator spacing (lspace and rspace), or removes it when both are null.</summary>
    public void SetSpacing(string? lspace, string? rspace)
    {
        Attributes = WithoutAttribute(WithoutAttribute(Attributes, "lspace"), "rspace");
        if (lspace is not null && rspace is not null)
        {
            AddAttribute(SpacingAttribute(lspace, rspace));
        }
        if (Attributes is { Length: 0 })
        {
            Attributes = null;
        }
    }

    /// <summary>The spacing attributes, from constants for the pairs TeX's table gives most (an operator per formula is common).</summary>
    private static string SpacingAttribute(string lspace, string rspace) => (lspace, rspace) switch
    {
        ("0em", "0em") => " lspace=\"0em\" rspace=\"0em\"",
        ("0.2778em", "0.2778em") => " lspace=\"0.2778em\" rspace=\"0.2778em\"",
        ("0.2222em", "0.2222em") => " lspace=\"0.2222em\" rspace=\"0.2222em\"",
        ("0em", "0.2778em") => " lspace=\"0em\" rspace=\"0.2778em\"",
        ("0.2778em", "0em") => " lspace=\"0.2778em\" rspace=\"0em\"",
        ("0em", "0.1667em") => " lspace=\"0em\" rspace=\"0.1667em\"",
        _ => $" lspace=\"{lspace}\" rspace=\"{rspace}\"",
    };

    private static string? WithoutAttribute(string? attributes, string name)
    {
        var start = attributes?.IndexOf(" " + name + "=\"", StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return attributes;
        }
        var end = attributes!.IndexOf('"', start + name.Length + 3);
        return attributes[..start] + attributes[(end + 1)..];
    }

    /// <summary>A stretchy bracket whose size <see cref="FenceSizing"/> chooses from the content beside it.</summary>
    public static MathNode StretchyFence(string text, AtomClass atomClass, string attributes) =>
        new("mo", text, atomClass, attributes) { IsStretchyFence = true };

    public static MathNode Row(List<MathNode> children, AtomClass atomClass = AtomClass.Ord) =>
        children.Count == 1 ? children[0] : new MathNode("mrow", children, atomClass);

    public static MathNode Of(string element, MathNode first, MathNode second, AtomClass atomClass = AtomClass.Ord, string? attributes = null) =>
        new(element, [first, second], atomClass, attributes);
}
