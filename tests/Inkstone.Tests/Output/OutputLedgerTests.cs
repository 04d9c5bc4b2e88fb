using Inkstone.Output;

namespace Inkstone.Tests.Output;

public sealed class OutputLedgerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-ledger-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Cache => Path.Combine(_root, "cache");

    private string Output => Path.Combine(_root, "public");

    private string Page => Path.Combine(Output, "index.html");

    private static readonly UInt128 Inputs = new(1, 2);

    private void SaveLedgerOfOnePage(string version)
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Page, "<p>堆</p>");
        var ledger = OutputLedger.Open(Cache, Output, version);
        ledger.Note("index.html", Inputs, Page);
        ledger.Save();
    }

    [Fact]
    public void A_saved_ledger_holds_a_file_made_from_the_same_inputs_and_still_as_written()
    {
        SaveLedgerOfOnePage("v1");

        var ledger = OutputLedger.Open(Cache, Output, "v1");

        Assert.True(ledger.Holds("index.html", Inputs, Page));
        Assert.False(ledger.Holds("index.html", new UInt128(1, 3), Page));
        Assert.False(ledger.Holds("other.html", Inputs, Path.Combine(Output, "other.html")));
    }

    [Fact]
    public void A_file_changed_since_it_was_written_is_not_held()
    {
        SaveLedgerOfOnePage("v1");
        File.WriteAllText(Page, "<p>改过</p>");

        Assert.False(OutputLedger.Open(Cache, Output, "v1").Holds("index.html", Inputs, Page));
    }

    [Fact]
    public void A_ledger_of_another_version_of_Inkstone_is_never_trusted()
    {
        SaveLedgerOfOnePage("v1");

        Assert.False(OutputLedger.Open(Cache, Output, "v2").Holds("index.html", Inputs, Page));
    }

    [Fact]
    public void A_damaged_ledger_reads_as_empty()
    {
        SaveLedgerOfOnePage("v1");
        var file = Directory.EnumerateFiles(Cache, "outputs-*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^5]);

        Assert.False(OutputLedger.Open(Cache, Output, "v1").Holds("index.html", Inputs, Page));
    }

    [Fact]
    public void Each_output_folder_has_its_own_ledger()
    {
        SaveLedgerOfOnePage("v1");
        var elsewhere = Path.Combine(_root, "preview");

        Assert.False(OutputLedger.Open(Cache, elsewhere, "v1").Holds("index.html", Inputs, Page));
    }
}
