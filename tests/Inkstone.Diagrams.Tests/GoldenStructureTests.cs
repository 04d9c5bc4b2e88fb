using System.Text;
using System.Xml.Linq;

namespace Inkstone.Diagrams.Tests;

/// <summary>
/// Each sample's drawing, read back as its structure (nodes with shape and label, edges with stroke and ends, clusters with
/// title and members; participants, messages, notes, blocks), is compared with <c>Samples/NAME.structure</c>: what is
/// drawn, not where. Regenerate after an intended change with
/// <c>INKSTONE_UPDATE_GOLDEN=1 dotnet test tests/Inkstone.Diagrams.Tests --filter FullyQualifiedName~GoldenStructureTests</c>
/// and review the diff.
/// </summary>
public sealed class GoldenStructureTests
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void A_sample_draws_its_golden_structure(string sample)
    {
        var drawn = DrawnSvg.Of(Samples.Read(sample));
        var actual = Describe(drawn);
        var golden = Path.Combine(Samples.Folder(), Path.ChangeExtension(sample, ".structure"));
        if (Environment.GetEnvironmentVariable("INKSTONE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"{golden} is missing; run with INKSTONE_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }

    private static string Describe(DrawnSvg drawn)
    {
        var text = new StringBuilder();
        var kind = ((string)drawn.Root.Attribute("class")!).Split(' ').Last();
        text.Append(kind).Append('\n');
        foreach (var cluster in drawn.Clusters)
        {
            var title = cluster.Elements().Skip(1).FirstOrDefault() is { } t ? DrawnSvg.Text(t) : "";
            text.Append($"cluster {(string)cluster.Attribute("data-id")!} \"{title}\"\n");
        }

        foreach (var node in drawn.Nodes)
        {
            var id = (string)node.Attribute("data-id")!;
            text.Append($"node {id} {drawn.Shape(id)} \"{DrawnSvg.Text(node).Replace("\n", "\\n", StringComparison.Ordinal)}\"\n");
        }

        foreach (var edge in drawn.Edges)
        {
            var stroke = ((string)edge.Attribute("class")!).Split(' ')[1]["edge--".Length..];
            var ends = string.Join(",", edge.Elements().Skip(1).Select(e => e.Name.LocalName + "." + (string?)e.Attribute("class")));
            text.Append($"edge {(string)edge.Attribute("data-from")!} -> {(string)edge.Attribute("data-to")!} {stroke} [{ends}]\n");
        }

        foreach (var label in drawn.WithClass("edge-label"))
        {
            text.Append($"edge-label \"{DrawnSvg.Text(label)}\"\n");
        }

        foreach (var participant in drawn.WithClass("participant").DistinctBy(p => (string?)p.Attribute("data-id")))
        {
            var actor = ((string)participant.Attribute("class")!).Contains("actor", StringComparison.Ordinal) ? "actor" : "participant";
            text.Append($"{actor} {(string)participant.Attribute("data-id")!} \"{DrawnSvg.Text(participant)}\"\n");
        }

        foreach (var box in drawn.WithClass("box"))
        {
            var tint = ((string)box.Attribute("class")!).Split(' ')[1]["box--".Length..];
            text.Append($"box {tint} [{(string)box.Attribute("data-participants")!}] \"{DrawnSvg.Text(box)}\"\n");
        }

        foreach (var message in drawn.WithClass("message"))
        {
            var parts = message.Elements().Select(e => ((string?)e.Attribute("class") ?? e.Name.LocalName).Split(' ')[0]);
            text.Append($"{(string)message.Attribute("class")!} [{string.Join(",", parts)}] \"{string.Join(" ", message.Descendants().Where(d => d.Name.LocalName == "tspan").Select(t => t.Value))}\"\n");
        }

        foreach (var note in drawn.WithClass("note"))
        {
            text.Append($"note \"{DrawnSvg.Text(note).Replace("\n", "\\n", StringComparison.Ordinal)}\"\n");
        }

        foreach (var block in drawn.WithClass("block"))
        {
            text.Append($"{(string)block.Attribute("class")!} \"{string.Join("|", block.Descendants().Where(d => d.Name.LocalName == "tspan").Select(t => t.Value))}\"\n");
        }

        foreach (var bar in drawn.WithClass("activation"))
        {
            _ = bar;
            text.Append("activation\n");
        }

        return text.ToString();
    }
}
