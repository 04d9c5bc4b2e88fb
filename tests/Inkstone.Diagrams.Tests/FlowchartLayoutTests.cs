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
            if (edge.Elements().Any(e => e.Name.LocalName == "circle" || (string?)e.Attribute("class") is not ("edge-line" or "edge-head")))
            {
                continue; // A circle, cross, hollow or open end: the line stops at the mark, which touches the border.
            }

            // An arrowhead or diamond is drawn past the line's end: its tip is the end (either end may carry one).
            var tips = edge.Elements().Where(e => (string?)e.Attribute("class") == "edge-head").Select(h => DrawnSvg.PathPoints((string)h.Attribute("d")!)[0]).ToList();
            (double X, double Y) Tip((double X, double Y) end) =>
                tips.Where(t => Math.Sqrt(Math.Pow(t.X - end.X, 2) + Math.Pow(t.Y - end.Y, 2)) < 20).DefaultIfEmpty(end).First();
            AssertOnBorder(drawn, to, Tip(points[^1]), sample);
            AssertOnBorder(drawn, from, Tip(points[0]), sample);
        }
    }

    private static void AssertOnBorder(DrawnSvg drawn, string id, (double X, double Y) point, string sample)
    {
        var node = drawn.Node(id);
        var shape = drawn.Shape(id);
        var box = DrawnSvg.BoxOf(node);
        if (shape is "rect" or "round" or "subroutine" or "class")
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
        var mermaid = Internal.Mermaid.MermaidSource.Read(source);
        var graph = mermaid.Kind.StartsWith("stateDiagram", StringComparison.Ordinal) ? Internal.State.StateParser.Parse(mermaid).Graph
            : mermaid.Kind.StartsWith("classDiagram", StringComparison.Ordinal) ? Internal.Class.ClassParser.Parse(mermaid).Graph
            : Internal.Flowchart.FlowchartParser.Parse(mermaid).Graph;
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
    public void Clusters_that_are_not_nested_do_not_overlap(string sample)
    {
        var drawn = DrawnSvg.Of(Samples.Read(sample));
        var boxes = drawn.Clusters.Select(c => ((string)c.Attribute("data-id")!, Rect: c.Elements().First()))
            .Select(c => (Id: c.Item1, Box: new Box(D(c.Rect, "x"), D(c.Rect, "y"), D(c.Rect, "width"), D(c.Rect, "height")))).ToList();
        foreach (var a in boxes)
        {
            foreach (var b in boxes.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0 && !a.Box.Contains(b.Box) && !b.Box.Contains(a.Box)))
            {
                Assert.False(a.Box.Overlaps(b.Box), $"{sample}: the clusters {a.Id} and {b.Id} overlap");
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

    [Fact]
    public void A_subgraph_no_link_crosses_runs_its_own_way_and_one_without_a_direction_runs_across_its_parent()
    {
        var drawn = DrawnSvg.Of(Samples.Read("35-subgraph-direction.mmd"));
        static (double X, double Y) Centre(DrawnSvg d, string id)
        {
            var box = DrawnSvg.BoxOf(d.Node(id));
            return (box.X + box.Width / 2, box.Y + box.Height / 2);
        }

        // The chart runs down; 'pipeline' says LR, and 'checks', saying nothing, runs across its TB parent, as in Mermaid.
        Assert.True(Centre(drawn, "request").Y < Centre(drawn, "parse").Y && Centre(drawn, "parse").Y < Centre(drawn, "cache").Y);
        Assert.Equal(Centre(drawn, "parse").Y, Centre(drawn, "layout").Y, 1);
        Assert.Equal(Centre(drawn, "layout").Y, Centre(drawn, "draw").Y, 1);
        Assert.True(Centre(drawn, "parse").X < Centre(drawn, "layout").X && Centre(drawn, "layout").X < Centre(drawn, "draw").X);
        Assert.Equal(Centre(drawn, "lint").Y, Centre(drawn, "test").Y, 1);
        Assert.True(Centre(drawn, "lint").X < Centre(drawn, "test").X);
    }

    [Fact]
    public void A_subgraph_a_link_crosses_keeps_the_charts_direction()
    {
        var drawn = DrawnSvg.Of(Samples.Read("18-subgraph-edges.mmd"));
        var fetch = DrawnSvg.BoxOf(drawn.Node("fetch"));
        var parse = DrawnSvg.BoxOf(drawn.Node("parse"));
        Assert.True(parse.X > fetch.Right, "the LR chart's subgraph should run left to right, as Mermaid draws it when links cross it");
    }

    [Theory]
    [MemberData(nameof(Samples.Flowcharts), MemberType = typeof(Samples))]
    public void No_edge_crosses_a_cluster_title(string sample)
    {
        var drawn = DrawnSvg.Of(Samples.Read(sample));
        foreach (var title in drawn.WithClass("cluster-title"))
        {
            var lines = title.Elements().Count();
            var x = D(title, "x");
            var y = D(title, "y");
            var width = Internal.Text.TextMetrics.Width(DrawnSvg.Text(title).Split('\n'));
            var box = new Box(x - width / 2, y - Internal.Text.TextMetrics.LineHeight / 2, width, lines * Internal.Text.TextMetrics.LineHeight);
            foreach (var edge in drawn.Edges)
            {
                if (edge.Elements().FirstOrDefault(e => (string?)e.Attribute("class") == "edge-line") is not { } line)
                {
                    continue;
                }

                var points = DrawnSvg.PathPoints((string)line.Attribute("d")!);
                for (var i = 0; i + 1 < points.Count; i++)
                {
                    Assert.False(Crosses(box, points[i], points[i + 1]),
                        $"{sample}: the edge {(string)edge.Attribute("data-from")!} -> {(string)edge.Attribute("data-to")!} crosses the title '{DrawnSvg.Text(title)}'");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples.Flowcharts), MemberType = typeof(Samples))]
    public void A_link_to_a_subgraph_ends_on_its_border_aimed_at_its_middle(string sample)
    {
        var drawn = DrawnSvg.Of(Samples.Read(sample));
        var clusters = drawn.Clusters.ToDictionary(c => (string)c.Attribute("data-id")!, c => c.Elements().First());
        foreach (var edge in drawn.Edges.Where(e => clusters.ContainsKey((string)e.Attribute("data-to")!)))
        {
            var rect = clusters[(string)edge.Attribute("data-to")!];
            var box = new Box(D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height"));
            var head = edge.Elements().First(e => (string?)e.Attribute("class") == "edge-head");
            var corners = DrawnSvg.PathPoints((string)head.Attribute("d")!);
            var (tip, baseMiddle) = (corners[0], ((corners[1].X + corners[2].X) / 2, (corners[1].Y + corners[2].Y) / 2));
            Assert.True(box.DistanceToBorder(tip.X, tip.Y) < 1, $"{sample}: a link to a subgraph ends {box.DistanceToBorder(tip.X, tip.Y):0.0} px from its border");
            var (cx, cy) = (box.X + box.Width / 2, box.Y + box.Height / 2);
            var (ax, ay) = (tip.X - baseMiddle.Item1, tip.Y - baseMiddle.Item2);
            var off = Math.Abs(ax * (cy - tip.Y) - ay * (cx - tip.X)) / Math.Sqrt(ax * ax + ay * ay);
            Assert.True(off < 2, $"{sample}: a link to a subgraph points {off:0.0} px wide of its middle");
        }
    }

    /// <summary>Whether the segment passes through the box (touching its edge does not count).</summary>
    private static bool Crosses(Box box, (double X, double Y) a, (double X, double Y) b)
    {
        // Liang-Barsky clipping of the segment against the box shrunk by a pixel.
        double t0 = 0, t1 = 1;
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        foreach (var (p, q) in new[] { (-dx, a.X - (box.X + 1)), (dx, box.Right - 1 - a.X), (-dy, a.Y - (box.Y + 1)), (dy, box.Bottom - 1 - a.Y) })
        {
            if (Math.Abs(p) < 1e-12)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                t0 = Math.Max(t0, t);
            }
            else
            {
                t1 = Math.Min(t1, t);
            }
        }

        return t0 < t1;
    }

    private static double D(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
