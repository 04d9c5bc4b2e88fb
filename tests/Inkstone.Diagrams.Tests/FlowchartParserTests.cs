using Inkstone.Diagrams.Internal.Flowchart;
using Inkstone.Diagrams.Internal.Mermaid;

namespace Inkstone.Diagrams.Tests;

public sealed class FlowchartParserTests
{
    private static FlowGraph Parse(string source)
    {
        var (graph, errors) = FlowchartParser.Parse(MermaidSource.Read(source));
        Assert.DoesNotContain(errors, e => e.Kind == DiagramErrorKind.Syntax);
        return graph;
    }

    private static DiagramError FirstError(string source) =>
        FlowchartParser.Parse(MermaidSource.Read(source)).Errors.First(e => e.Kind == DiagramErrorKind.Syntax);

    [Theory]
    [InlineData("A[text]", "Rect")]
    [InlineData("A(text)", "Round")]
    [InlineData("A([text])", "Stadium")]
    [InlineData("A[[text]]", "Subroutine")]
    [InlineData("A[(text)]", "Cylinder")]
    [InlineData("A((text))", "Circle")]
    [InlineData("A(((text)))", "DoubleCircle")]
    [InlineData("A>text]", "Asymmetric")]
    [InlineData("A{text}", "Rhombus")]
    [InlineData("A{{text}}", "Hexagon")]
    [InlineData("A[/text/]", "Parallelogram")]
    [InlineData("A[\\text\\]", "ParallelogramAlt")]
    [InlineData("A[/text\\]", "Trapezoid")]
    [InlineData("A[\\text/]", "TrapezoidAlt")]
    [InlineData("A@{ shape: diamond, label: \"text\" }", "Rhombus")]
    public void Every_bracket_form_gives_its_shape_and_label(string node, string shape)
    {
        var graph = Parse("flowchart TD\n    " + node);
        var a = Assert.Single(graph.Nodes);
        Assert.Equal(Enum.Parse<NodeShape>(shape), a.Shape);
        Assert.Equal(["text"], a.Label);
    }

    [Theory]
    [InlineData("-->", "Normal", "None", "Arrow")]
    [InlineData("---", "Normal", "None", "None")]
    [InlineData("-.->", "Dotted", "None", "Arrow")]
    [InlineData("-.-", "Dotted", "None", "None")]
    [InlineData("==>", "Thick", "None", "Arrow")]
    [InlineData("===", "Thick", "None", "None")]
    [InlineData("--o", "Normal", "None", "Circle")]
    [InlineData("--x", "Normal", "None", "Cross")]
    [InlineData("<-->", "Normal", "Arrow", "Arrow")]
    [InlineData("o--o", "Normal", "Circle", "Circle")]
    [InlineData("x--x", "Normal", "Cross", "Cross")]
    [InlineData("~~~", "Invisible", "None", "None")]
    public void Every_link_gives_its_stroke_and_ends(string link, string stroke, string start, string end)
    {
        var edge = Assert.Single(Parse($"flowchart LR\n    A {link} B").Edges);
        Assert.Equal(("A", "B", Enum.Parse<EdgeStroke>(stroke), Enum.Parse<EdgeEnd>(start), Enum.Parse<EdgeEnd>(end)), (edge.From, edge.To, edge.Stroke, edge.Start, edge.End));
    }

    [Theory]
    [InlineData("A -->|yes| B", "Normal")]
    [InlineData("A -- yes --> B", "Normal")]
    [InlineData("A-- yes -->B", "Normal")]
    [InlineData("A -. yes .-> B", "Dotted")]
    [InlineData("A == yes ==> B", "Thick")]
    [InlineData("A ==>|yes| B", "Thick")]
    public void A_link_label_is_read_in_both_syntaxes(string statement, string stroke)
    {
        var edge = Assert.Single(Parse("graph TD\n" + statement).Edges);
        Assert.Equal(["yes"], edge.Label);
        Assert.Equal(Enum.Parse<EdgeStroke>(stroke), edge.Stroke);
        Assert.Equal(("A", "B"), (edge.From, edge.To));
    }

    [Fact]
    public void Chains_and_ampersands_link_every_pair()
    {
        var graph = Parse("flowchart TD\n a --> b --> c\n a & b --> d & e");
        Assert.Equal(["a>b", "b>c", "a>d", "a>e", "b>d", "b>e"], graph.Edges.Select(e => e.From + ">" + e.To));
    }

    [Fact]
    public void Longer_links_ask_for_more_ranks()
    {
        var graph = Parse("flowchart TD\n a --> b\n a ---> c\n a ----> d\n a -..-> e\n a ---- f");
        Assert.Equal([0, 1, 2, 1, 1], graph.Edges.Select(e => e.Length));
    }

    [Fact]
    public void Subgraphs_hold_their_nodes_with_titles_nesting_and_direction()
    {
        var graph = Parse("""
            flowchart TB
                subgraph outer [The outer group]
                    direction LR
                    subgraph inner["Inner one"]
                        x --> y
                    end
                    z
                end
                subgraph Plain title
                    w
                end
                x --> w
            """);
        Assert.Equal(["outer", "inner", "Plain title"], graph.Subgraphs.Select(s => s.Id));
        Assert.Equal(["The outer group"], graph.SubgraphsById["outer"].Title);
        Assert.Equal(["Inner one"], graph.SubgraphsById["inner"].Title);
        Assert.Same(graph.SubgraphsById["outer"], graph.SubgraphsById["inner"].Parent);
        Assert.Equal(FlowDirection.LeftToRight, graph.SubgraphsById["outer"].Direction);
        Assert.Equal("inner", graph.NodesById["x"].Subgraph?.Id);
        Assert.Equal("outer", graph.NodesById["z"].Subgraph?.Id);
        Assert.Equal("Plain title", graph.NodesById["w"].Subgraph?.Id);
    }

    [Theory]
    [InlineData("graph TD", "TopToBottom")]
    [InlineData("graph TB", "TopToBottom")]
    [InlineData("flowchart BT", "BottomToTop")]
    [InlineData("flowchart LR", "LeftToRight")]
    [InlineData("flowchart RL", "RightToLeft")]
    [InlineData("flowchart", "TopToBottom")]
    public void The_header_sets_the_direction(string header, string direction) =>
        Assert.Equal(Enum.Parse<FlowDirection>(direction), Parse(header + "\n a --> b").Direction);

    [Fact]
    public void Statements_may_share_a_line_with_semicolons_and_comments_are_skipped()
    {
        var graph = Parse("graph LR;\n%% a comment\n a-->b; b-->c;");
        Assert.Equal(["a>b", "b>c"], graph.Edges.Select(e => e.From + ">" + e.To));
    }

    [Fact]
    public void Labels_decode_line_breaks_quotes_and_entities()
    {
        var graph = Parse("flowchart TD\n a[\"one<br>two (three)\"] --> b[x #amp; y #quot;z#quot;]");
        Assert.Equal(["one", "two (three)"], graph.NodesById["a"].Label);
        Assert.Equal(["x & y \"z\""], graph.NodesById["b"].Label);
    }

    [Fact]
    public void Styling_statements_are_accepted_and_reported_once_each()
    {
        var (graph, errors) = FlowchartParser.Parse(MermaidSource.Read("flowchart TD\n classDef a fill:#f00\n classDef b fill:#0f0\n x:::a --> y\n style y fill:#00f"));
        Assert.Equal(2, graph.Nodes.Count);
        Assert.All(errors, e => Assert.Equal(DiagramErrorKind.Ignored, e.Kind));
        Assert.Equal([(2, 2), (4, 3), (5, 2)], errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void A_subgraphs_own_direction_is_kept_without_a_warning_when_no_link_crosses_it()
    {
        var (graph, errors) = FlowchartParser.Parse(MermaidSource.Read("flowchart TD\n x --> s\n subgraph s\n  direction LR\n  a --> b\n end"));
        Assert.Equal(FlowDirection.LeftToRight, graph.SubgraphsById["s"].Direction);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_subgraphs_own_direction_is_reported_at_its_line_when_a_link_crosses_the_subgraph()
    {
        var (_, errors) = FlowchartParser.Parse(MermaidSource.Read("flowchart TD\n subgraph s\n  direction LR\n  a --> b\n end\n b --> c"));
        var error = Assert.Single(errors);
        Assert.Equal((DiagramErrorKind.Ignored, 3, 3), (error.Kind, error.Line, error.Column));
        Assert.Contains("links cross its border", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_without_a_target_is_an_error_after_the_link()
    {
        var error = FirstError("flowchart TD\n    A --> B\n    B -->");
        Assert.Equal((3, 10), (error.Line, error.Column));
        Assert.Contains("needs a node", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_shape_is_an_error_at_its_opening()
    {
        var error = FirstError("flowchart TD\n  A[open --> B");
        Assert.Equal((2, 4), (error.Line, error.Column));
    }

    [Fact]
    public void An_unclosed_subgraph_is_an_error()
    {
        var error = FirstError("flowchart TD\n subgraph one\n a --> b");
        Assert.Equal(3, error.Line);
        Assert.Contains("'one' is never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_end_is_an_error()
    {
        var error = FirstError("flowchart TD\n a --> b\n end");
        Assert.Equal((3, 2), (error.Line, error.Column));
    }
}
