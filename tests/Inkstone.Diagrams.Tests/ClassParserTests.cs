using Inkstone.Diagrams.Internal.Class;
using Inkstone.Diagrams.Internal.Flowchart;
using Inkstone.Diagrams.Internal.Mermaid;

namespace Inkstone.Diagrams.Tests;

public sealed class ClassParserTests
{
    private static FlowGraph Parse(string source)
    {
        var (graph, errors) = ClassParser.Parse(MermaidSource.Read(source));
        Assert.DoesNotContain(errors, e => e.Kind == DiagramErrorKind.Syntax);
        return graph;
    }

    [Fact]
    public void A_class_body_splits_attributes_from_methods_and_keeps_its_annotation()
    {
        var members = Parse("classDiagram\n class Shape {\n  <<interface>>\n  +name string\n  +Area() double\n  +Tags List~string~\n }").NodesById["Shape"].Members!;
        Assert.Equal(("Shape", "interface"), (members.Name, members.Annotation));
        Assert.Equal(["+name string", "+Tags List<string>"], members.Attributes);
        Assert.Equal(["+Area() double"], members.Methods);
    }

    [Fact]
    public void Member_lines_and_annotation_lines_reach_their_class()
    {
        var graph = Parse("classDiagram\n Duck : +swim()\n Duck : +beak string\n <<abstract>> Duck");
        var duck = graph.NodesById["Duck"].Members!;
        Assert.Equal(["+beak string"], duck.Attributes);
        Assert.Equal(["+swim()"], duck.Methods);
        Assert.Equal("abstract", duck.Annotation);
    }

    [Theory]
    [InlineData("A <|-- B", "Triangle", "None", "Normal")]
    [InlineData("A --|> B", "None", "Triangle", "Normal")]
    [InlineData("A *-- B", "DiamondFilled", "None", "Normal")]
    [InlineData("A o-- B", "Diamond", "None", "Normal")]
    [InlineData("A --> B", "None", "OpenArrow", "Normal")]
    [InlineData("A ..> B", "None", "OpenArrow", "Dotted")]
    [InlineData("A ..|> B", "None", "Triangle", "Dotted")]
    [InlineData("A -- B", "None", "None", "Normal")]
    [InlineData("A .. B", "None", "None", "Dotted")]
    public void Every_relation_gives_its_ends_and_line(string relation, string start, string end, string stroke)
    {
        var edge = Assert.Single(Parse("classDiagram\n " + relation + " : label").Edges);
        Assert.Equal(("A", "B", Enum.Parse<EdgeEnd>(start), Enum.Parse<EdgeEnd>(end), Enum.Parse<EdgeStroke>(stroke)), (edge.From, edge.To, edge.Start, edge.End, edge.Stroke));
        Assert.Equal(["label"], edge.Label);
    }

    [Fact]
    public void A_namespace_is_a_cluster_of_its_classes()
    {
        var graph = Parse("classDiagram\n namespace Engine {\n  class Site\n }\n Site --> Page");
        Assert.Equal(graph.SubgraphsById["Engine"], graph.NodesById["Site"].Subgraph);
        Assert.Null(graph.NodesById["Page"].Subgraph);
    }

    [Fact]
    public void Cardinalities_notes_and_styles_are_reported_once_each_and_the_rest_is_read()
    {
        var (graph, errors) = ClassParser.Parse(MermaidSource.Read("classDiagram\n A \"1\" --> \"*\" B\n note for A \"hello\"\n style A fill:#f00\n class C:::hot"));
        Assert.All(errors, e => Assert.Equal(DiagramErrorKind.Ignored, e.Kind));
        Assert.Equal([2, 3, 4, 5], errors.Select(e => e.Line));
        Assert.Equal(["A", "B", "C"], graph.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void A_line_that_is_no_statement_is_an_error_at_its_line()
    {
        var error = Assert.Single(ClassParser.Parse(MermaidSource.Read("classDiagram\n A <|-- B\n what is this")).Errors);
        Assert.Equal((3, 2, DiagramErrorKind.Syntax), (error.Line, error.Column, error.Kind));
    }

    [Fact]
    public void A_class_diagram_is_drawn_as_class_boxes_with_three_compartments()
    {
        var drawn = DrawnSvg.Of("classDiagram\n class A {\n  +x int\n  +f()\n }\n A <|-- B");
        Assert.Contains("diagram-svg--class", (string)drawn.Root.Attribute("class")!, StringComparison.Ordinal);
        Assert.Equal("class", drawn.Shape("A"));
        Assert.Equal("A\n+x int\n+f()", DrawnSvg.Text(drawn.Node("A")));
        Assert.Contains(drawn.Edges.Single().Elements(), e => (string?)e.Attribute("class") == "edge-head-hollow");
    }
}
