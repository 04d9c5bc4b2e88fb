using System.Globalization;
using System.Xml.Linq;

namespace Inkstone.Diagrams.Tests;

/// <summary>What a reader would call a broken drawing, checked on every sample flowchart.</summary>
public sealed class FlowchartLayoutTests
{
    [Theory]
    [MemberData(nameof(Samples.Flowcharts), MemberType = typeof(Samples))]
    public void No_two_nodes_overlap(string sample)
    {
        var drawn = DrawnSvg.Of(Samples.Read(sample));
        var boxes = drawn.Nodes.Select(n => ((string)n.Attribute("data-id")!, DrawnSvg.BoxOf(n))).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Item2.Overlaps(boxes[j].Item2), $"{boxes[i].Item1} overlaps {boxes[j].Item1}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Flowcharts), MemberType = typeof(Samples))]
    public void Edges_end_on_their_nodes_borders(string sample)
    {
        var drawn = DrawnSvg.Of(Samples.Read(sample));
        foreach (var edge in drawn.Edges)
        {
            var line = edge.Elements().FirstOrDefault(e => (string?)e.Attribute("class") == "edge-line");
            var from = (string)edge.Attribute("data-from")!;
            var to = (string)edge.Attribute("data-to")!;
            if (line is null || from == to || !drawn.Nodes.Any(n => (string?)n.Attribute("data-id") == from) || !drawn.Nodes.Any(n => (string?)n.Attribute("data-id") == to))
            {
                continue;
            }

            var points = DrawnSvg.PathPoints((string)line.Attribute("d")!);
            var head = edge.Elements().FirstOrDefault(e => (string?)e.Attribute("class") == "edge-head" && e.Name.LocalName == "path");
            var end = head is not null ? DrawnSvg.PathPoints((string)head.Attribute("d")!)[0] : points[^1];
            if (head is null && edge.Elements().Count() > 1)
            {
                continue; // A circle or cross end: the line stops at the mark, which touches the border.
            }

            AssertOnBorder(drawn, to, end, sample);
            if (edge.Elements().Count(e => (string?)e.Attribute("class") == "edge-head") < 2)
            {
                AssertOnBorder(drawn, from, points[0], sample);
            }
        }
    }

    private static void AssertOnBorder(DrawnSvg drawn, string id, (double X, double Y) point, string sample)
    {
        var node = drawn.Node(id);
        var shape = drawn.Shape(id);
        var box = DrawnSvg.BoxOf(node);
        if (shape is "rect" or "round" or "subroutine")
        {
            Assert.True(box.DistanceToBorder(point.X, point.Y) < 1, $"{sample}: an edge ends {box.DistanceToBorder(point.X, point.Y):0.0} px from {id}'s border");
            return;
        }

        if (shape is "circle" or "double-circle")
        {
            var distance = Math.Abs(Math.Sqrt(Math.Pow(point.X - (box.X + box.Width / 2), 2) + Math.Pow(point.Y - (box.Y + box.Height / 2), 2)) - box.Width / 2);
            Assert.True(distance < 1, $"{sample}: an edge ends {distance:0.0} px from {id}'s circle");
            return;
        }

        // Other outlines lie inside their bounding box: the end is within it, and not deep inside.
        Assert.True(point.X >= box.X - 1 && point.X <= box.Right + 1 && point.Y >= box.Y - 1 && point.Y <= box.Bottom + 1, $"{sample}: an edge ends outside {id}");
        Assert.True(box.DistanceToBorder(point.X, point.Y) < Math.Min(box.Width, box.Height) / 2 - 2, $"{sample}: an edge ends near {id}'s centre");
    }

    [Theory]
    [MemberData(nameof(Samples.Flowcharts), MemberType = typeof(Samples))]
    public void Clusters_hold_their_own_nodes_and_no_others(string sample)
    {
        var source = Samples.Read(sample);
        var graph = Internal.Flowchart.FlowchartParser.Parse(Internal.Mermaid.MermaidSource.Read(source)).Graph;
        var drawn = DrawnSvg.Of(source);
        foreach (var cluster in drawn.Clusters)
        {
            var id = (string)cluster.Attribute("data-id")!;
            var rect = cluster.Elements().First();
            var box = new Box(D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height"));
            var subgraph = graph.SubgraphsById[id];
            foreach (var node in graph.Nodes)
            {
                var nodeBox = DrawnSvg.BoxOf(drawn.Node(node.Id));
                if (subgraph.Contains(node.Subgraph))
                {
                    Assert.True(box.Contains(nodeBox), $"{sample}: {node.Id} lies outside its cluster {id}");
                }
                else
                {
                    Assert.False(box.Overlaps(nodeBox), $"{sample}: {node.Id} lies inside the cluster {id}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Flowcharts), MemberType = typeof(Samples))]
    public void Edge_labels_cover_no_node(string sample)
    {
        var drawn = DrawnSvg.Of(Samples.Read(sample));
        foreach (var label in drawn.WithClass("edge-label-bg"))
        {
            var box = new Box(D(label, "x"), D(label, "y"), D(label, "width"), D(label, "height"));
            foreach (var node in drawn.Nodes)
            {
                Assert.False(box.Overlaps(DrawnSvg.BoxOf(node)), $"{sample}: a label covers {(string)node.Attribute("data-id")!}");
            }
        }
    }

    [Fact]
    public void Ranks_follow_the_direction()
    {
        static (double X, double Y) Centre(DrawnSvg d, string id)
        {
            var box = DrawnSvg.BoxOf(d.Node(id));
            return (box.X + box.Width / 2, box.Y + box.Height / 2);
        }

        var td = DrawnSvg.Of("flowchart TD\n a --> b");
        var bt = DrawnSvg.Of("flowchart BT\n a --> b");
        var lr = DrawnSvg.Of("flowchart LR\n a --> b");
        var rl = DrawnSvg.Of("flowchart RL\n a --> b");
        Assert.True(Centre(td, "a").Y < Centre(td, "b").Y);
        Assert.True(Centre(bt, "a").Y > Centre(bt, "b").Y);
        Assert.True(Centre(lr, "a").X < Centre(lr, "b").X);
        Assert.True(Centre(rl, "a").X > Centre(rl, "b").X);
    }

    [Fact]
    public void A_label_is_wide_enough_for_its_text_in_Latin_and_Chinese()
    {
        var latin = DrawnSvg.BoxOf(DrawnSvg.Of("flowchart TD\n a[Loss]").Node("a"));
        var chinese = DrawnSvg.BoxOf(DrawnSvg.Of("flowchart TD\n a[损失函数]").Node("a"));
        // Four CJK characters take four ems at 14 px; the box adds padding on both sides.
        Assert.True(chinese.Width >= 4 * 14 + 16, $"width {chinese.Width}");
        Assert.True(latin.Width < chinese.Width);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void The_same_source_draws_the_same_bytes_in_any_culture(string sample)
    {
        var source = Samples.Read(sample);
        var first = MermaidRenderer.Render(source).Svg;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(first, MermaidRenderer.Render(source).Svg);
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal(first, MermaidRenderer.Render(source).Svg);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static double D(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
