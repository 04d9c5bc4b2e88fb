using Inkstone.Diagrams.Internal.Layout;

namespace Inkstone.Diagrams.Internal.Sequence;

/// <summary>A sequence diagram with every element at its place.</summary>
internal sealed class PlacedSequence(SequenceDiagram diagram, double[] columns, double[] widths, double[] heights, double header, double participantTop)
{
    public SequenceDiagram Diagram { get; } = diagram;

    public double[] Columns { get; } = columns;

    public double[] BoxWidths { get; } = widths;

    public double[] BoxHeights { get; } = heights;

    public double Header { get; } = header;

    /// <summary>Where the participants are drawn at the top: below the box titles, when there are boxes.</summary>
    public double ParticipantTop { get; } = participantTop;

    public List<PlacedMessage> Messages { get; } = [];

    /// <summary>How deep blocks nest; an inner block's frame sits <see cref="SequenceLayout.BlockPad"/> inside its parent's.</summary>
    public int MaxDepth => Blocks.Count == 0 ? 0 : Blocks.Max(b => b.Depth);

    public List<PlacedNote> Notes { get; } = [];

    public List<PlacedBlock> Blocks { get; } = [];

    public List<PlacedActivation> Activations { get; } = [];

    /// <summary>Where the lifelines end and the participants are drawn again.</summary>
    public double FooterTop { get; private set; }

    public double Width { get; private set; }

    public double Height { get; private set; }

    public void Finish(double footerTop, double rightRoom, double depthRoom)
    {
        FooterTop = footerTop;
        Height = footerTop + Header + SequenceLayout.Margin + (Diagram.Boxes.Count > 0 ? SequenceLayout.BoxPad : 0);
        var right = Columns.Select((x, i) => x + BoxWidths[i] / 2).Max();
        right = System.Math.Max(right, Columns[^1] + System.Math.Max(rightRoom, depthRoom));
        foreach (var note in Notes)
        {
            right = System.Math.Max(right, note.Box.Right);
        }

        foreach (var block in Blocks)
        {
            right = System.Math.Max(right, BlockBox(block).Right);
        }

        foreach (var box in Diagram.Boxes.Where(b => b.Members.Count > 0))
        {
            right = System.Math.Max(right, BoxRect(box).Right);
        }

        Width = right + SequenceLayout.Margin;
    }

    /// <summary>A block's frame: around the columns its items touch, wider for each block it sits in.</summary>
    public Rect BlockBox(PlacedBlock block)
    {
        var first = block.LastColumn < 0 ? 0 : block.FirstColumn;
        var last = block.LastColumn < 0 ? 0 : block.LastColumn;
        var pad = 24 + (MaxDepth - block.Depth) * SequenceLayout.BlockPad;
        var left = Columns[first] - pad;
        var right = Columns[last] + pad;
        foreach (var message in Messages.Where(m => m.Message.From == m.Message.To && m.LineY > block.Top && m.LineY < block.Bottom))
        {
            right = System.Math.Max(right, message.FromX + SequenceLayout.SelfLoopWidth + Text.TextMetrics.Width(message.Message.Text) + 12);
        }

        var labelRoom = Text.TextMetrics.Width(Tab(block.Kind)) + Text.TextMetrics.Width(block.Label) + 40;
        right = System.Math.Max(right, left + labelRoom);
        return new Rect(left, block.Top, right - left, block.Bottom - block.Top);
    }

    /// <summary>A box's frame: from the top margin to below the footer participants, around its members' columns, wide enough for its title.</summary>
    public Rect BoxRect(ParticipantBox box)
    {
        var (first, last) = (box.Members.Min(), box.Members.Max());
        var left = Columns[first] - BoxWidths[first] / 2 - SequenceLayout.BoxPad;
        var right = Columns[last] + BoxWidths[last] / 2 + SequenceLayout.BoxPad;
        var lack = Text.TextMetrics.Width(box.Label) + 2 * SequenceLayout.BoxPad + 8 - (right - left);
        if (lack > 0)
        {
            left -= lack / 2;
            right += lack / 2;
        }

        return new Rect(left, SequenceLayout.Margin, right - left, FooterTop + Header + SequenceLayout.BoxPad - SequenceLayout.Margin);
    }

    public static string Tab(BlockKind kind) => kind.ToString().ToLowerInvariant();
}

internal sealed record PlacedMessage(Message Message, double FromX, double ToX, double LineY, int? Number);

internal sealed record PlacedNote(Note Note, Rect Box);

internal sealed record PlacedActivation(int Participant, int Depth, double Top, double Bottom);

internal sealed class PlacedBlock(BlockKind kind, string label, double top, int depth)
{
    public BlockKind Kind { get; } = kind;

    public string Label { get; } = label;

    public double Top { get; } = top;

    public int Depth { get; } = depth;

    public double Bottom { get; set; }

    public int FirstColumn { get; set; } = int.MaxValue;

    public int LastColumn { get; set; } = -1;

    public List<(double Y, string Label)> Sections { get; } = [];
}
