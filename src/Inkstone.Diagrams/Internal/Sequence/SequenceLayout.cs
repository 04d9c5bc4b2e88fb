using Inkstone.Diagrams.Internal.Layout;
using Inkstone.Diagrams.Internal.Text;

namespace Inkstone.Diagrams.Internal.Sequence;

/// <summary>
/// Places a sequence diagram: one column per participant, far enough apart for every message label and note
/// between them; then the items top to bottom, each block's frame around the columns its items touch, and the
/// activation bars from their start to their end.
/// </summary>
internal static class SequenceLayout
{
    public const double Margin = 10;
    public const double BoxHeightPad = 20;
    public const double ActorHeight = 66;
    public const double NotePad = 8;
    public const double SelfLoopWidth = 36;
    public const double BlockPad = 10;
    public const double BoxPad = 10;
    public const double BoxTitleRoom = 24;

    public static PlacedSequence Place(SequenceDiagram diagram)
    {
        var count = System.Math.Max(1, diagram.Participants.Count);
        var widths = new double[count];
        var heights = new double[count];
        for (var i = 0; i < diagram.Participants.Count; i++)
        {
            var p = diagram.Participants[i];
            widths[i] = System.Math.Max(TextMetrics.Width(p.Label) + 24, p.IsActor ? 60 : 90);
            heights[i] = p.IsActor ? ActorHeight + (p.Label.Count - 1) * TextMetrics.LineHeight : p.Label.Count * TextMetrics.LineHeight + BoxHeightPad;
        }

        if (diagram.Participants.Count == 0)
        {
            widths[0] = 90;
            heights[0] = 38;
        }

        // Gaps between neighbouring columns' centres, widened for what is written between them.
        var gaps = new double[count];
        for (var i = 0; i + 1 < count; i++)
        {
            gaps[i] = (widths[i] + widths[i + 1]) / 2 + 40;
        }

        var leftRoom = widths[0] / 2;
        var rightRoom = widths[count - 1] / 2;
        void Need(int from, int to, double distance)
        {
            var have = 0.0;
            for (var i = from; i < to; i++)
            {
                have += gaps[i];
            }

            if (have < distance)
            {
                gaps[to - 1] += distance - have;
            }
        }

        foreach (var item in diagram.Items)
        {
            switch (item)
            {
                case Message m when m.From != m.To:
                    Need(System.Math.Min(m.From, m.To), System.Math.Max(m.From, m.To), TextMetrics.Width(m.Text) + 24 + (diagram.Autonumber ? 20 : 0));
                    break;
                case Message m:
                    var loop = SelfLoopWidth + TextMetrics.Width(m.Text) + 16;
                    if (m.From + 1 < count)
                    {
                        Need(m.From, m.From + 1, loop + widths[m.From + 1] / 2);
                    }
                    else
                    {
                        rightRoom = System.Math.Max(rightRoom, loop);
                    }

                    break;
                case Note n:
                    var noteWidth = NoteWidth(n);
                    if (n.Placement == NotePlacement.LeftOf)
                    {
                        if (n.First > 0)
                        {
                            Need(n.First - 1, n.First, noteWidth + 10 + widths[n.First - 1] / 2);
                        }
                        else
                        {
                            leftRoom = System.Math.Max(leftRoom, noteWidth + 10);
                        }
                    }
                    else if (n.Placement == NotePlacement.RightOf)
                    {
                        if (n.First + 1 < count)
                        {
                            Need(n.First, n.First + 1, noteWidth + 10 + widths[n.First + 1] / 2);
                        }
                        else
                        {
                            rightRoom = System.Math.Max(rightRoom, noteWidth + 10);
                        }
                    }
                    else if (n.First != n.Last)
                    {
                        Need(n.First, n.Last, noteWidth - 20);
                    }
                    else
                    {
                        leftRoom = n.First == 0 ? System.Math.Max(leftRoom, noteWidth / 2) : leftRoom;
                        rightRoom = n.First == count - 1 ? System.Math.Max(rightRoom, noteWidth / 2) : rightRoom;
                        if (n.First > 0)
                        {
                            Need(n.First - 1, n.First, noteWidth / 2 + widths[n.First - 1] / 2 + 10);
                        }

                        if (n.First + 1 < count)
                        {
                            Need(n.First, n.First + 1, noteWidth / 2 + widths[n.First + 1] / 2 + 10);
                        }
                    }

                    break;
            }
        }

        // A box reaches BoxPad past its participants, and is widened (both ways, for one participant) to fit its title.
        foreach (var box in diagram.Boxes.Where(b => b.Members.Count > 0))
        {
            var (first, last) = (box.Members.Min(), box.Members.Max());
            var titleWidth = TextMetrics.Width(box.Label) + 2 * BoxPad + 8;
            var extra = 0.0;
            if (first < last)
            {
                Need(first, last, titleWidth - widths[first] / 2 - widths[last] / 2 - 2 * BoxPad);
            }
            else
            {
                extra = System.Math.Max(0, (titleWidth - widths[first] - 2 * BoxPad) / 2);
            }

            if (first > 0)
            {
                Need(first - 1, first, widths[first - 1] / 2 + widths[first] / 2 + BoxPad + extra + 16);
            }
            else
            {
                leftRoom = System.Math.Max(leftRoom, widths[first] / 2 + BoxPad + extra);
            }

            if (last + 1 < count)
            {
                Need(last, last + 1, widths[last] / 2 + widths[last + 1] / 2 + BoxPad + extra + 16);
            }
            else
            {
                rightRoom = System.Math.Max(rightRoom, widths[last] / 2 + BoxPad + extra);
            }
        }

        var depthRoom = MaxBlockDepth(diagram) * BlockPad + BlockPad;
        var x = new double[count];
        x[0] = Margin + System.Math.Max(leftRoom, widths[0] / 2 + depthRoom);
        for (var i = 1; i < count; i++)
        {
            x[i] = x[i - 1] + gaps[i - 1];
        }

        var header = heights.Max();
        var top = Margin + (diagram.Boxes.Count == 0 ? 0 : diagram.Boxes.Any(b => b.Label.Length > 0) ? BoxTitleRoom : BoxPad);
        var placed = new PlacedSequence(diagram, x, widths, heights, header, top);
        var y = top + header + 20;
        var active = new List<(int Start, double Y)>[count];
        for (var i = 0; i < count; i++)
        {
            active[i] = [];
        }

        var blocks = new Stack<PlacedBlock>();
        var number = 0;
        foreach (var item in diagram.Items)
        {
            switch (item)
            {
                case Message m:
                    {
                        var textHeight = m.Text.Count(l => l.Length > 0) * TextMetrics.LineHeight;
                        var lineY = y + textHeight + 8;
                        var self = m.From == m.To;
                        var fromX = x[m.From] + ActiveOffset(active[m.From], x[m.To] >= x[m.From] || self);
                        var toX = self ? fromX : x[m.To] + ActiveOffset(active[m.To], x[m.From] > x[m.To]);
                        placed.Messages.Add(new PlacedMessage(m, fromX, toX, lineY, diagram.Autonumber ? ++number : null));
                        Touch(blocks, m.From, m.To);
                        y = lineY + (self ? 30 : 0) + 14;
                        if (m.ActivateTarget)
                        {
                            active[m.To].Add((active[m.To].Count, lineY));
                        }

                        if (m.DeactivateSource)
                        {
                            Close(placed, active, m.From, lineY);
                        }

                        break;
                    }

                case Activation a:
                    if (a.On)
                    {
                        active[a.Participant].Add((active[a.Participant].Count, y - 10));
                    }
                    else
                    {
                        Close(placed, active, a.Participant, y - 10);
                    }

                    break;
                case Note n:
                    {
                        var width = NoteWidth(n);
                        var height = n.Text.Count * TextMetrics.LineHeight + 2 * NotePad;
                        var left = n.Placement switch
                        {
                            NotePlacement.LeftOf => x[n.First] - 10 - width,
                            NotePlacement.RightOf => x[n.First] + 10,
                            _ when n.First == n.Last => x[n.First] - width / 2,
                            _ => System.Math.Min(x[n.First] - 20, (x[n.First] + x[n.Last]) / 2 - width / 2),
                        };
                        if (n.Placement == NotePlacement.Over && n.First != n.Last)
                        {
                            width = System.Math.Max(width, x[n.Last] - x[n.First] + 40);
                        }

                        placed.Notes.Add(new PlacedNote(n, new Rect(left, y, width, height)));
                        Touch(blocks, n.First, n.Last);
                        y += height + 12;
                        break;
                    }

                case BlockStart start:
                    {
                        var block = new PlacedBlock(start.Kind, start.Label, y, blocks.Count);
                        blocks.Push(block);
                        placed.Blocks.Add(block);
                        y += start.Kind == BlockKind.Rect ? 10 : 32;
                        break;
                    }

                case BlockSection section when blocks.Count > 0:
                    blocks.Peek().Sections.Add((y, section.Label));
                    y += 28;
                    break;
                case BlockEnd when blocks.Count > 0:
                    {
                        var block = blocks.Pop();
                        block.Bottom = y;
                        if (blocks.Count > 0)
                        {
                            Touch(blocks, block.FirstColumn, block.LastColumn);
                        }

                        y += 14;
                        break;
                    }
            }
        }

        for (var i = 0; i < count; i++)
        {
            while (active[i].Count > 0)
            {
                Close(placed, active, i, y);
            }
        }

        placed.Finish(y + 6, rightRoom, depthRoom);
        return placed;
    }

    private static double NoteWidth(Note note) => System.Math.Max(TextMetrics.Width(note.Text) + 2 * NotePad + 4, 60);

    /// <summary>A message to or from an active participant meets the edge of its activation bar.</summary>
    private static double ActiveOffset(List<(int Start, double Y)> active, bool rightward) =>
        active.Count == 0 ? 0 : (rightward ? 5 : -5) + (active.Count - 1) * 5;

    private static void Close(PlacedSequence placed, List<(int Start, double Y)>[] active, int participant, double y)
    {
        if (active[participant].Count == 0)
        {
            return;
        }

        var (depth, startY) = active[participant][^1];
        active[participant].RemoveAt(active[participant].Count - 1);
        placed.Activations.Add(new PlacedActivation(participant, depth, startY, System.Math.Max(y, startY + 10)));
    }

    private static void Touch(Stack<PlacedBlock> blocks, int a, int b)
    {
        foreach (var block in blocks)
        {
            block.FirstColumn = System.Math.Min(block.FirstColumn, System.Math.Min(a, b));
            block.LastColumn = System.Math.Max(block.LastColumn, System.Math.Max(a, b));
        }
    }

    private static int MaxBlockDepth(SequenceDiagram diagram)
    {
        var depth = 0;
        var max = 0;
        foreach (var item in diagram.Items)
        {
            if (item is BlockStart)
            {
                max = System.Math.Max(max, ++depth);
            }
            else if (item is BlockEnd)
            {
                depth--;
            }
        }

        return max;
    }
}
