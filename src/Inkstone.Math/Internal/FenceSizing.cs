namespace Inkstone.Math.Internal;

/// <summary>
/// Sizes the stretchy fences of <c>\left...\right</c>, matrices and <c>\binom</c> as TeX does, because Chromium gives
/// a stretchy <c>mo</c> the width of its widest variant (0.875em for a parenthesis) whatever it draws, which leaves a
/// gap inside the bracket. From an estimate of the content (<see cref="BoxEstimate"/>) the pass picks TeX's size with
/// its delimiter factor (901/1000) and shortfall (0.5em): content that the text-size glyph covers gets a plain,
/// unstretched <c>mo</c>; sizes 1–4 get <c>minsize</c>/<c>maxsize</c> and the variant's width (<see cref="DelimiterWidths"/>);
/// taller content keeps the browser's glyph assembly, which is as wide as TeX's.
/// </summary>
internal static class FenceSizing
{
    /// <summary>Heights of the text-size glyph and of TeX's four big sizes.</summary>
    private static readonly string[] SizeHeights = ["1em", "1.2em", "1.8em", "2.4em", "3em"];

    private static readonly double[] SizeHeightsInEm = [1.0, 1.2, 1.8, 2.4, 3.0];

    public static void Apply(MathNode root, bool display) => Walk(root, display ? MathStyle.Display : MathStyle.Text);

    /// <summary>The size (0 for the text glyph, 1–4 for TeX's big sizes, 5 for an assembly) TeX uses around the box.</summary>
    public static int SizeAround(BoxEstimate content)
    {
        var reach = content.ReachFromAxis;
        var needed = System.Math.Max(reach * 2 * 0.901, reach * 2 - 0.5);
        for (var size = 0; size < 5; size++)
        {
            if (needed <= SizeHeightsInEm[size] + 0.001)
            {
                return size;
            }
        }
        return 5;
    }

    private static void Walk(MathNode node, int style)
    {
        MathStyle.VisitChildren(node, style, Walk);
        if (node.Element == "mrow" && node.Children is { } children)
        {
            SizeFences(children, style);
        }
        else if (node.Element is "msqrt" or "mroot")
        {
            // Surds are sized from the same estimate, in the same walk.
            Radicals.Apply(node, style);
        }
    }

    private static void SizeFences(List<MathNode> children, int style)
    {
        var content = BoxEstimate.Empty;
        var hasFence = false;
        foreach (var child in children)
        {
            if (child.IsStretchyFence)
            {
                hasFence = true;
            }
            else
            {
                content = content.Union(BoxEstimate.Of(child, style));
            }
        }
        if (!hasFence)
        {
            return;
        }
        var size = SizeAround(content);
        if (style == MathStyle.Display && size < 3 && children.Exists(child => child is { Element: "mfrac" } && child.Attributes?.Contains("ink-delimited", StringComparison.Ordinal) == true))
        {
            // TeX's \binom in display style takes delimiters of at least \delim1 (2.39em): size 3.
            size = 3;
        }
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].IsStretchyFence)
            {
                children[i] = Sized(children[i], size);
            }
        }
    }

    private static MathNode Sized(MathNode fence, int size)
    {
        var text = fence.Text ?? "";
        var hasBigSizes = DelimiterWidths.Of(text, 1) is not null;
        if (size == 0)
        {
            fence.Attributes = fence.Attributes!.Replace("stretchy=\"true\"", "stretchy=\"false\"", StringComparison.Ordinal);
            return fence;
        }
        if (!hasBigSizes)
        {
            // The bars keep the browser's stretching; only their width is TeX's.
            return fence.Class == AtomClass.Rel ? fence : DelimiterWidths.Narrowed(fence, size);
        }
        // TeX has no assembly for angle brackets and slashes: the largest size is the last.
        if (size == 5 && text is "⟨" or "⟩" or "/" or "\\")
        {
            size = 4;
        }
        if (size == 5)
        {
            return fence;
        }
        fence.AddAttribute($" symmetric=\"true\" minsize=\"{SizeHeights[size]}\" maxsize=\"{SizeHeights[size]}\"");
        // A \middle carries its own thin spaces inside the box; only an unspaced fence is narrowed to its glyph.
        return fence.Class == AtomClass.Rel ? fence : DelimiterWidths.Narrowed(fence, size);
    }
}
