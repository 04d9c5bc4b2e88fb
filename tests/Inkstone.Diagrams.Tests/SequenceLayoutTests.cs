using System.Globalization;
using System.Xml.Linq;

namespace Inkstone.Diagrams.Tests;

/// <summary>What a reader would call a broken sequence diagram, checked on every sample sequence diagram.</summary>
public sealed class SequenceLayoutTests
{
    [Theory]
    [MemberData(nameof(Samples.Sequences), MemberType = typeof(Samples))]
    public void A_box_holds_its_participants_top_and_bottom_and_no_others(string sample)
    {
        var drawn = DrawnSvg.Of(Samples.Read(sample));
        var boxes = drawn.WithClass("box").ToList();
        foreach (var box in boxes)
        {
            var frame = new Box(D(box.Elements().First(), "x"), D(box.Elements().First(), "y"), D(box.Elements().First(), "width"), D(box.Elements().First(), "height"));
            var members = ((string)box.Attribute("data-participants")!).Split(' ');
            foreach (var participant in drawn.WithClass("participant"))
            {
                var id = (string)participant.Attribute("data-id")!;
                var outline = Outline(participant);
                if (members.Contains(id))
                {
                    Assert.True(frame.Contains(outline), $"{sample}: {id} is outside its box");
                }
                else
                {
                    Assert.False(frame.Overlaps(outline), $"{sample}: {id} is inside a box it does not belong to");
                }
            }

            foreach (var other in boxes.Where(b => b != box))
            {
                var second = new Box(D(other.Elements().First(), "x"), D(other.Elements().First(), "y"), D(other.Elements().First(), "width"), D(other.Elements().First(), "height"));
                Assert.False(frame.Overlaps(second), $"{sample}: two boxes overlap");
            }
        }
    }

    [Fact]
    public void A_box_is_as_wide_as_its_title()
    {
        var drawn = DrawnSvg.Of("sequenceDiagram\n box Green A very long title for one participant\n participant A\n end\n participant B\n A->>B: hi");
        var box = Assert.Single(drawn.WithClass("box"));
        var title = box.Descendants().Single(e => e.Name.LocalName == "text");
        var width = Internal.Text.TextMetrics.Width(["A very long title for one participant"]);
        Assert.True(D(box.Elements().First(), "width") >= width + 16, $"the box is narrower than its title ({width} px)");
        Assert.Equal("A very long title for one participant", DrawnSvg.Text(title));
    }

    /// <summary>A participant's box, or an actor's figure and name.</summary>
    private static Box Outline(XElement participant)
    {
        var rect = participant.Elements().FirstOrDefault(e => e.Name.LocalName == "rect");
        if (rect is not null)
        {
            return new Box(D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height"));
        }

        var head = participant.Elements().First(e => e.Name.LocalName == "circle");
        return new Box(D(head, "cx") - 12, D(head, "cy") - 8, 24, 44);
    }

    private static double D(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
