using Inkstone.Diagrams.Internal.Mermaid;
using Inkstone.Diagrams.Internal.Sequence;

namespace Inkstone.Diagrams.Tests;

public sealed class SequenceParserTests
{
    private static SequenceDiagram Parse(string source)
    {
        var (diagram, errors) = SequenceParser.Parse(MermaidSource.Read(source));
        Assert.DoesNotContain(errors, e => e.Kind == DiagramErrorKind.Syntax);
        return diagram;
    }

    [Fact]
    public void Participants_and_actors_keep_their_aliases_in_declared_then_mentioned_order()
    {
        var diagram = Parse("sequenceDiagram\n participant B as Bob\n actor A as Alice Smith\n A->>C: hi\n");
        Assert.Equal(["B", "A", "C"], diagram.Participants.Select(p => p.Id));
        Assert.Equal(["Bob", "Alice Smith", "C"], diagram.Participants.Select(p => p.Label[0]));
        Assert.Equal([false, true, false], diagram.Participants.Select(p => p.IsActor));
    }

    [Theory]
    [InlineData("->", false, "None")]
    [InlineData("-->", true, "None")]
    [InlineData("->>", false, "Filled")]
    [InlineData("-->>", true, "Filled")]
    [InlineData("-x", false, "Cross")]
    [InlineData("--x", true, "Cross")]
    [InlineData("-)", false, "Open")]
    [InlineData("--)", true, "Open")]
    public void Every_arrow_gives_its_line_and_head(string arrow, bool dotted, string head)
    {
        var message = Assert.IsType<Message>(Assert.Single(Parse($"sequenceDiagram\n A{arrow}B: text").Items));
        Assert.Equal((0, 1, dotted, Enum.Parse<MessageHead>(head)), (message.From, message.To, message.Dotted, message.Head));
        Assert.Equal(["text"], message.Text);
    }

    [Fact]
    public void Plus_and_minus_and_the_statements_activate()
    {
        var diagram = Parse("sequenceDiagram\n A->>+B: call\n B-->>-A: return\n activate A\n deactivate A");
        var call = Assert.IsType<Message>(diagram.Items[0]);
        var back = Assert.IsType<Message>(diagram.Items[1]);
        Assert.True(call.ActivateTarget);
        Assert.True(back.DeactivateSource);
        Assert.Equal([true, false], diagram.Items.OfType<Activation>().Select(a => a.On));
    }

    [Fact]
    public void Notes_stand_left_right_and_over()
    {
        var diagram = Parse("sequenceDiagram\n participant A\n participant B\n Note left of A: one\n note right of B: two\n Note over B,A: three");
        Assert.Equal([(NotePlacement.LeftOf, 0, 0), (NotePlacement.RightOf, 1, 1), (NotePlacement.Over, 0, 1)],
            diagram.Items.OfType<Note>().Select(n => (n.Placement, n.First, n.Last)));
    }

    [Fact]
    public void Blocks_nest_and_keep_their_sections()
    {
        var diagram = Parse("""
            sequenceDiagram
                loop every minute
                    alt ok
                        A->>B: yes
                    else not ok
                        A->>B: no
                    end
                end
                par one
                    A->>B: 1
                and two
                    A->>B: 2
                end
            """);
        Assert.Equal(
            ["Loop:every minute", "Alt:ok", "msg", "else:not ok", "msg", "end", "end", "Par:one", "msg", "else:two", "msg", "end"],
            diagram.Items.Select(i => i switch
            {
                BlockStart s => $"{s.Kind}:{s.Label}",
                BlockSection s => "else:" + s.Label,
                BlockEnd => "end",
                _ => "msg",
            }));
    }

    [Fact]
    public void Autonumber_and_title_are_read()
    {
        var diagram = Parse("sequenceDiagram\n title: Login\n autonumber\n A->>B: go");
        Assert.True(diagram.Autonumber);
        Assert.Equal("Login", diagram.Title);
    }

    [Fact]
    public void A_line_that_is_no_statement_is_an_error_at_its_line()
    {
        var errors = SequenceParser.Parse(MermaidSource.Read("sequenceDiagram\n  A->>B: fine\n  this is not a message")).Errors;
        var error = Assert.Single(errors);
        Assert.Equal((3, 3), (error.Line, error.Column));
    }

    [Fact]
    public void An_unclosed_block_is_an_error_at_its_start()
    {
        var error = Assert.Single(SequenceParser.Parse(MermaidSource.Read("sequenceDiagram\n  loop forever\n  A->>B: x")).Errors);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Else_outside_a_block_is_an_error()
    {
        var error = Assert.Single(SequenceParser.Parse(MermaidSource.Read("sequenceDiagram\n else nope")).Errors);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_box_groups_the_participants_declared_inside_it()
    {
        var diagram = Parse("sequenceDiagram\n box Aqua Front end\n participant A\n actor B\n end\n participant C\n A->>C: hi");
        var box = Assert.Single(diagram.Boxes);
        Assert.Equal(("Front end", BoxTint.Blue), (box.Label, box.Tint));
        Assert.Equal([0, 1], box.Members);
        Assert.DoesNotContain(diagram.Items, i => i is BlockStart or BlockEnd);
    }

    [Theory]
    [InlineData("Aqua Team", "Blue", "Team")]
    [InlineData("rgb(255, 200, 200) Ops", "Red", "Ops")]
    [InlineData("rgba(0,0,0,0) Clear", "None", "Clear")]
    [InlineData("hsl(120, 60%, 80%) Store", "Green", "Store")]
    [InlineData("transparent Aqua", "None", "Aqua")]
    [InlineData("LightYellow", "Yellow", "")]
    [InlineData("Gainsboro Grey area", "Grey", "Grey area")]
    [InlineData("Back office", "None", "Back office")]
    [InlineData("", "None", "")]
    public void A_box_colour_is_read_as_Mermaid_reads_it_and_drawn_as_a_theme_tint(string line, string tint, string label)
    {
        var box = Assert.Single(Parse($"sequenceDiagram\n box {line}\n participant A\n end").Boxes);
        Assert.Equal((Enum.Parse<BoxTint>(tint), label), (box.Tint, box.Label));
    }

    [Fact]
    public void A_box_inside_a_box_is_an_error_at_its_line()
    {
        var error = Assert.Single(SequenceParser.Parse(MermaidSource.Read("sequenceDiagram\n box One\n box Two\n participant A\n end\n end")).Errors);
        Assert.Equal(3, error.Line);
    }
}
