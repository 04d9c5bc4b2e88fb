using Inkstone.Diagrams.Internal.Svg;
using Inkstone.Diagrams.Internal.Text;

namespace Inkstone.Diagrams.Internal.Sequence;

/// <summary>
/// Draws a placed sequence diagram with classes only: block frames behind, then lifelines, activation bars,
/// messages, notes, and the participants at the top and bottom.
/// </summary>
internal static class SequenceSvgWriter
{
    public static string Write(PlacedSequence placed, DiagramOptions options, string title, string source)
    {
        var diagram = placed.Diagram;
        var svg = SvgDocument.Open("sequence", placed.Width, placed.Height, options, diagram.Title ?? title, source);
        if (diagram.Boxes.Count > 0)
        {
            WriteBoxes(svg, placed);
        }

        svg.Raw("<g class=\"blocks\">");
        foreach (var block in placed.Blocks)
        {
            var box = placed.BlockBox(block);
            svg.Raw($"<g class=\"block block--{PlacedSequence.Tab(block.Kind)}\">");
            if (block.Kind == BlockKind.Rect)
            {
                svg.Raw($"<rect class=\"block-highlight\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\"/>");
                svg.Raw("</g>");
                continue;
            }

            svg.Raw($"<rect class=\"block-frame\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\"/>");
            var tab = PlacedSequence.Tab(block.Kind);
            var tabWidth = TextMetrics.Width(tab, 13) + 16;
            svg.Raw($"<path class=\"block-tab\" d=\"M{N(box.X)},{N(box.Y)}H{N(box.X + tabWidth)}V{N(box.Y + 14)}L{N(box.X + tabWidth - 6)},{N(box.Y + 20)}H{N(box.X)}Z\"/>");
            svg.Label([tab], box.X + tabWidth / 2 - 2, box.Y + 10, "block-kind");
            if (block.Label.Length > 0)
            {
                var labelX = System.Math.Max(box.X + box.Width / 2, box.X + tabWidth + 8 + TextMetrics.Width(block.Label) / 2 + 6);
                svg.Label(["[" + block.Label + "]"], labelX, box.Y + 11, "block-label");
            }

            foreach (var (y, label) in block.Sections)
            {
                svg.Raw($"<path class=\"block-divider\" d=\"M{N(box.X)},{N(y)}H{N(box.Right)}\"/>");
                if (label.Length > 0)
                {
                    svg.Label(["[" + label + "]"], box.X + box.Width / 2, y + 13, "block-label");
                }
            }

            svg.Raw("</g>");
        }

        svg.Raw("</g><g class=\"lifelines\">");
        var top = placed.ParticipantTop;
        for (var i = 0; i < diagram.Participants.Count; i++)
        {
            svg.Raw($"<path class=\"lifeline\" d=\"M{N(placed.Columns[i])},{N(top + placed.BoxHeights[i])}V{N(placed.FooterTop)}\"/>");
        }

        svg.Raw("</g><g class=\"activations\">");
        foreach (var activation in placed.Activations.OrderBy(a => a.Depth).ThenBy(a => a.Top))
        {
            var x = placed.Columns[activation.Participant] - 5 + activation.Depth * 5;
            svg.Raw($"<rect class=\"activation\" x=\"{N(x)}\" y=\"{N(activation.Top)}\" width=\"10\" height=\"{N(activation.Bottom - activation.Top)}\"/>");
        }

        svg.Raw("</g><g class=\"messages\">");
        foreach (var message in placed.Messages)
        {
            WriteMessage(svg, message);
        }

        svg.Raw("</g><g class=\"notes\">");
        foreach (var note in placed.Notes)
        {
            var box = note.Box;
            svg.Raw($"<g class=\"note\"><rect class=\"note-box\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\"/>");
            svg.Label(note.Note.Text, box.X + box.Width / 2, box.Y + box.Height / 2, "note-text");
            svg.Raw("</g>");
        }

        svg.Raw("</g><g class=\"participants\">");
        for (var i = 0; i < diagram.Participants.Count; i++)
        {
            WriteParticipant(svg, placed, i, top);
            WriteParticipant(svg, placed, i, placed.FooterTop);
        }

        svg.Raw("</g></svg>");
        return svg.ToString();
    }

    /// <summary>Mermaid's <c>box</c> groups, behind everything: a frame in the tint of its colour's hue, its title at the top.</summary>
    private static void WriteBoxes(SvgText svg, PlacedSequence placed)
    {
        svg.Raw("<g class=\"boxes\">");
        foreach (var box in placed.Diagram.Boxes.Where(b => b.Members.Count > 0))
        {
            var rect = placed.BoxRect(box);
            var members = string.Join(" ", box.Members.Select(m => SvgText.Escape(placed.Diagram.Participants[m].Id)));
            svg.Raw($"<g class=\"box box--{box.Tint.ToString().ToLowerInvariant()}\" data-participants=\"{members}\">");
            svg.Raw($"<rect class=\"box-frame\" x=\"{N(rect.X)}\" y=\"{N(rect.Y)}\" width=\"{N(rect.Width)}\" height=\"{N(rect.Height)}\" rx=\"4\"/>");
            if (box.Label.Length > 0)
            {
                svg.Label([box.Label], rect.X + rect.Width / 2, rect.Y + SequenceLayout.BoxTitleRoom / 2, "box-title");
            }

            svg.Raw("</g>");
        }

        svg.Raw("</g>");
    }

    private static void WriteParticipant(SvgText svg, PlacedSequence placed, int i, double top)
    {
        var participant = placed.Diagram.Participants[i];
        var x = placed.Columns[i];
        var w = placed.BoxWidths[i];
        var h = placed.BoxHeights[i];
        svg.Raw($"<g class=\"participant{(participant.IsActor ? " participant--actor" : "")}\" data-id=\"{SvgText.Escape(participant.Id)}\">");
        if (participant.IsActor)
        {
            // A stick figure: head, body, arms, legs; the name below.
            var y = top;
            svg.Raw($"<circle class=\"actor-figure\" cx=\"{N(x)}\" cy=\"{N(y + 8)}\" r=\"7\"/>");
            svg.Raw($"<path class=\"actor-figure\" d=\"M{N(x)},{N(y + 15)}V{N(y + 32)}M{N(x - 12)},{N(y + 21)}H{N(x + 12)}M{N(x)},{N(y + 32)}L{N(x - 10)},{N(y + 44)}M{N(x)},{N(y + 32)}L{N(x + 10)},{N(y + 44)}\"/>");
            svg.Label(participant.Label, x, y + 44 + 4 + participant.Label.Count * TextMetrics.LineHeight / 2, "participant-label");
        }
        else
        {
            svg.Raw($"<rect class=\"participant-box\" x=\"{N(x - w / 2)}\" y=\"{N(top)}\" width=\"{N(w)}\" height=\"{N(h)}\" rx=\"3\"/>");
            svg.Label(participant.Label, x, top + h / 2, "participant-label");
        }

        svg.Raw("</g>");
    }

    private static void WriteMessage(SvgText svg, PlacedMessage placed)
    {
        var message = placed.Message;
        var y = placed.LineY;
        var style = message.Dotted ? "dotted" : "solid";
        svg.Raw($"<g class=\"message message--{style}\">");
        var lines = message.Text.Where(l => l.Length > 0).ToList();
        Point tip;
        Point before;
        Point start;
        Point afterStart;
        if (message.From == message.To)
        {
            var x = placed.FromX;
            var reach = SequenceLayout.SelfLoopWidth;
            start = new Point(x, y);
            afterStart = new Point(x + reach, y);
            tip = new Point(x, y + 30);
            before = new Point(x + reach, y + 30);
            svg.Raw($"<path class=\"message-line\" d=\"M{N(x)},{N(y)}H{N(x + reach)}V{N(y + 30)}H{N(x + (message.Head == MessageHead.None ? 0 : 4))}\"/>");
            if (lines.Count > 0)
            {
                svg.Raw($"<text class=\"message-text message-text--self\" text-anchor=\"start\" dominant-baseline=\"central\" x=\"{N(x + reach + 6)}\" y=\"{N(y + 15 - (lines.Count - 1) * TextMetrics.LineHeight / 2)}\">");
                for (var i = 0; i < lines.Count; i++)
                {
                    svg.Raw($"<tspan x=\"{N(x + reach + 6)}\"{(i > 0 ? $" dy=\"{N(TextMetrics.LineHeight)}\"" : "")}>").Escaped(lines[i]).Raw("</tspan>");
                }

                svg.Raw("</text>");
            }
        }
        else
        {
            start = new Point(placed.FromX, y);
            tip = new Point(placed.ToX, y);
            before = start;
            afterStart = tip;
            var direction = System.Math.Sign(placed.ToX - placed.FromX);
            var end = message.Head is MessageHead.Filled ? placed.ToX - direction * 4 : placed.ToX;
            var begin = message.Both ? placed.FromX + direction * 4 : placed.FromX;
            svg.Raw($"<path class=\"message-line\" d=\"M{N(begin)},{N(y)}H{N(end)}\"/>");
            if (lines.Count > 0)
            {
                svg.Label(lines, (placed.FromX + placed.ToX) / 2, y - 8 - lines.Count * TextMetrics.LineHeight / 2 + 2, "message-text");
            }
        }

        switch (message.Head)
        {
            case MessageHead.Filled:
                svg.Raw($"<path class=\"message-head\" d=\"{Arrowheads.Triangle(before, tip)}\"/>");
                break;
            case MessageHead.Open:
                svg.Raw($"<path class=\"message-head-open\" d=\"{Arrowheads.Open(before, tip)}\"/>");
                break;
            case MessageHead.Cross:
                svg.Raw($"<path class=\"message-cross\" d=\"{Arrowheads.Cross(before, tip)}\"/>");
                break;
        }

        if (message.Both)
        {
            svg.Raw($"<path class=\"message-head\" d=\"{Arrowheads.Triangle(afterStart, start)}\"/>");
        }

        if (placed.Number is { } number)
        {
            svg.Raw($"<circle class=\"sequence-number\" cx=\"{N(start.X)}\" cy=\"{N(y)}\" r=\"8\"/>");
            svg.Label([number.ToString(System.Globalization.CultureInfo.InvariantCulture)], start.X, y, "sequence-number-text");
        }

        svg.Raw("</g>");
    }

    private static string N(double value) => SvgText.Number(value);
}
