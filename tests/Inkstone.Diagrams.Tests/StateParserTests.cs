using Inkstone.Diagrams.Internal.Flowchart;
using Inkstone.Diagrams.Internal.Mermaid;
using Inkstone.Diagrams.Internal.State;

namespace Inkstone.Diagrams.Tests;

public sealed class StateParserTests
{
    private static FlowGraph Parse(string source)
    {
        var (graph, errors) = StateParser.Parse(MermaidSource.Read(source));
        Assert.DoesNotContain(errors, e => e.Kind == DiagramErrorKind.Syntax);
        return graph;
    }

    [Fact]
    public void Transitions_make_states_and_the_star_is_the_start_as_a_source_and_the_end_as_a_target()
    {
        var graph = Parse("stateDiagram-v2\n [*] --> Draft\n Draft --> Review : submit\n Review --> [*]");
        Assert.Equal(["root_start", "Draft", "Review", "root_end"], graph.Nodes.Select(n => n.Id));
        Assert.Equal([NodeShape.StateStart, NodeShape.Round, NodeShape.Round, NodeShape.StateEnd], graph.Nodes.Select(n => n.Shape));
        Assert.Equal(["submit"], graph.Edges[1].Label);
        Assert.All(graph.Edges, e => Assert.Equal(EdgeEnd.Arrow, e.End));
    }

    [Fact]
    public void Descriptions_name_a_state_and_add_lines_under_it()
    {
        var graph = Parse("stateDiagram-v2\n state \"Waiting for input\" as W\n W : keeps the draft\n S : plain");
        Assert.Equal(["Waiting for input", "keeps the draft"], graph.NodesById["W"].Label);
        Assert.Equal(["S", "plain"], graph.NodesById["S"].Label);
    }

    [Fact]
    public void A_composite_state_is_a_cluster_with_its_own_start_and_direction()
    {
        var graph = Parse("stateDiagram-v2\n A --> B\n state B {\n  direction LR\n  [*] --> inner\n }\n B --> [*]");
        var cluster = graph.SubgraphsById["B"];
        Assert.Equal(FlowDirection.LeftToRight, cluster.Direction);
        Assert.Equal(cluster, graph.NodesById["B_start"].Subgraph);
        Assert.Equal(cluster, graph.NodesById["inner"].Subgraph);
        Assert.False(graph.NodesById.ContainsKey("B"), "a state written before its composite is the composite");
        Assert.Contains(graph.Edges, e => e is { From: "A", To: "B" });
    }

    [Fact]
    public void Choice_fork_and_join_have_their_shapes()
    {
        var graph = Parse("stateDiagram-v2\n state c <<choice>>\n state f <<fork>>\n state j <<join>>");
        Assert.Equal([NodeShape.Rhombus, NodeShape.ForkBar, NodeShape.ForkBar], graph.Nodes.Select(n => n.Shape));
        Assert.Equal(NodeShape.ForkBarAcross, Parse("stateDiagram-v2\n direction LR\n state f <<fork>>").NodesById["f"].Shape);
    }

    [Fact]
    public void Notes_regions_and_styles_are_reported_once_each_and_the_rest_is_read()
    {
        var (graph, errors) = StateParser.Parse(MermaidSource.Read(
            "stateDiagram-v2\n A --> B\n note right of A\n  a long note\n end note\n note left of B : short\n state C {\n  x --> y\n  --\n  z\n }\n classDef hot fill:#f00\n A --> C:::hot"));
        Assert.All(errors, e => Assert.Equal(DiagramErrorKind.Ignored, e.Kind));
        Assert.Equal([3, 9, 12, 13], errors.Select(e => e.Line));
        Assert.Equal(["A", "B", "x", "y", "z"], graph.Nodes.Select(n => n.Id));
        Assert.Contains(graph.Edges, e => e is { From: "A", To: "C" });
    }

    [Fact]
    public void A_line_that_is_no_statement_is_an_error_at_its_line()
    {
        var errors = StateParser.Parse(MermaidSource.Read("stateDiagram-v2\n A --> B\n this is not a state")).Errors;
        var error = Assert.Single(errors);
        Assert.Equal((3, 2, DiagramErrorKind.Syntax), (error.Line, error.Column, error.Kind));
    }

    [Fact]
    public void An_unclosed_composite_is_an_error_at_its_start()
    {
        var error = Assert.Single(StateParser.Parse(MermaidSource.Read("stateDiagram-v2\n state Busy {\n  a --> b")).Errors);
        Assert.Equal((2, 2), (error.Line, error.Column));
    }

    [Fact]
    public void A_state_diagram_is_drawn_with_its_own_class_and_its_start_and_end_marks()
    {
        var drawn = DrawnSvg.Of("stateDiagram-v2\n [*] --> A\n A --> [*]");
        Assert.Contains("diagram-svg--state", (string)drawn.Root.Attribute("class")!, StringComparison.Ordinal);
        Assert.Equal("state-start", drawn.Shape("root_start"));
        Assert.Equal("state-end", drawn.Shape("root_end"));
    }
}
