using Inkstone.Bibliography;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Bibliography;

/// <summary>The .bib files people export (Zotero, Google Scholar, DBLP, a hand-kept file), read as BibTeX reads them.</summary>
public sealed class BibtexReaderTests
{
    private static (BibliographyFile File, IReadOnlyList<Diagnostic> Problems) Read(string name)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Tests", "Bibliography", "Exports", name);
        var diagnostics = new DiagnosticBag();
        var file = BibtexReader.Read(name, File.ReadAllText(path), diagnostics);
        return (file, diagnostics.Sorted());
    }

    private static (BibliographyFile File, IReadOnlyList<Diagnostic> Problems) ReadText(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (BibtexReader.Read("refs.bib", text, diagnostics), diagnostics.Sorted());
    }

    private static string Names(BibEntry entry) =>
        string.Join(" | ", entry.Creators().Names.Select(n => $"{n.Given}/{n.Von}/{n.Family}/{n.Suffix}"));

    [Fact]
    public void A_zotero_export_reads_without_problems_with_its_double_braces_and_polish_letters()
    {
        var (file, problems) = Read("zotero.bib");
        Assert.Empty(problems);
        Assert.Equal(["vaswaniAttentionAllYou2017", "hochreiterLongShorttermMemory1997", "vandermaatenVisualizingDataUsing2008"], file.Entries.Keys);
        var vaswani = file.Entries["vaswaniAttentionAllYou2017"];
        Assert.Equal("inproceedings", vaswani.Type);
        Assert.Equal("Advances in Neural Information Processing Systems", vaswani.Field("booktitle").Plain);
        Assert.Contains("Łukasz/", Names(vaswani));
        Assert.Equal("Schmidhuber", file.Entries["hochreiterLongShorttermMemory1997"].Creators().Names[1].Family);
        Assert.Equal("Jürgen", file.Entries["hochreiterLongShorttermMemory1997"].Creators().Names[1].Given);
        Assert.Equal("November", file.Entries["hochreiterLongShorttermMemory1997"].Plain("month"));
        // A braced family name is one name, never split into von and last.
        Assert.Equal("Laurens//van der Maaten/ | Geoffrey//Hinton/", Names(file.Entries["vandermaatenVisualizingDataUsing2008"]));
    }

    [Fact]
    public void A_zotero_title_keeps_which_words_the_writer_protected()
    {
        var (file, _) = Read("zotero.bib");
        var spans = file.Entries["vandermaatenVisualizingDataUsing2008"].Field("title").Spans;
        Assert.Equal(
            [new BibSpan(BibSpanKind.Text, "Visualizing "), new BibSpan(BibSpanKind.Protected, "Data"), new BibSpan(BibSpanKind.Text, " Using T-"), new BibSpan(BibSpanKind.Protected, "SNE")],
            spans);
    }

    [Fact]
    public void A_google_scholar_export_reads_its_first_last_names_and_preprint_journals()
    {
        var (file, problems) = Read("scholar.bib");
        Assert.Empty(problems);
        Assert.Equal(4, file.Entries.Count);
        Assert.Equal("Jacob//Devlin/ | Ming-Wei//Chang/ | Kenton//Lee/ | Kristina//Toutanova/", Names(file.Entries["devlin2018bert"]));
        Assert.Equal("Thomas H//Cormen/", Names(file.Entries["cormen2009introduction"]).Split(" | ")[0]);
        Assert.Equal("T. H.", file.Entries["cormen2009introduction"].Creators().Names[0].Initials);
    }

    [Fact]
    public void A_dblp_export_reads_names_first_name_first_over_several_lines_and_math_in_a_title()
    {
        var (file, problems) = Read("dblp.bib");
        Assert.Empty(problems);
        var bert = file.Entries["DBLP:conf/naacl/DevlinCLT19"];
        Assert.Equal("Jacob//Devlin/ | Ming-Wei//Chang/ | Kenton//Lee/ | Kristina//Toutanova/", Names(bert));
        Assert.Equal("M.-W.", bert.Creators().Names[1].Initials);
        Assert.Equal("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", bert.Field("title").Plain);
        Assert.Equal(new BibSpan(BibSpanKind.Protected, "BERT:"), bert.Field("title").Spans[0]);
        var sorting = file.Entries["DBLP:conf/stoc/AjtaiKS83"];
        Assert.Equal("Miklós//Ajtai/ | János//Komlós/ | Endre//Szemerédi/", Names(sorting));
        Assert.Contains(new BibSpan(BibSpanKind.Math, @"O(n \log n)"), sorting.Field("title").Spans);
    }

    [Fact]
    public void A_hand_kept_file_reads_macros_concatenation_comments_and_the_preamble()
    {
        var (file, problems) = Read("handwritten.bib");
        Assert.Empty(problems);
        Assert.Equal(["schulman2015trpo", "schulman2015gae", "erdos1959random", "knuth1997art", "strauss2009thesis", "brown1999report", "openai2023gpt4"], file.Entries.Keys);
        var trpo = file.Entries["schulman2015trpo"];
        Assert.Equal("Proceedings of the International Conference on Machine Learning (ICML)", trpo.Field("booktitle").Plain);
        Assert.Equal("37", trpo.Plain("volume"));
        Assert.Equal("July", trpo.Plain("month"));
        Assert.Equal("Michael I.//Jordan/", Names(trpo).Split(" | ")[3]);
    }

    [Fact]
    public void Accents_special_letters_dashes_and_quotes_become_unicode()
    {
        var (file, _) = Read("handwritten.bib");
        Assert.Equal("Paul//Erdős/ | Alfréd//Rényi/", Names(file.Entries["erdos1959random"]));
        Assert.Equal("Jörg//Straßer/", Names(file.Entries["strauss2009thesis"]));
        Assert.True(file.Entries["strauss2009thesis"].Creators().Others);
        Assert.Equal("Technische Universität München", file.Entries["strauss2009thesis"].Plain("school"));
        Assert.Equal("Gröbner Bases for Markov Chains — a Study", file.Entries["strauss2009thesis"].Field("title").Plain);
        Assert.Equal(BibSpanKind.Italic, file.Entries["strauss2009thesis"].Field("title").Spans[0].Kind);
        Assert.Equal("Notes on “Quoted” Titles & 50% Tricks", file.Entries["brown1999report"].Field("title").Plain);
    }

    [Fact]
    public void Names_take_the_von_and_jr_parts_in_every_form_bibtex_allows()
    {
        var (file, _) = Read("handwritten.bib");
        Assert.Equal("James//Brown/Jr. | Jean/de la/Fontaine/ | Ludwig/van/Beethoven/", Names(file.Entries["brown1999report"]));
        Assert.Equal("//OpenAI/", Names(file.Entries["openai2023gpt4"]));
    }

    [Fact]
    public void A_malformed_entry_is_reported_at_its_line_and_the_next_entry_is_still_read()
    {
        var (file, problems) = ReadText("""
            @article{good1, title = {One}, year = 2020}

            @article{broken,
              title = {Two},
              year = 2021
              author = {Nobody}
            }

            @article{good2, title = {Three}, year = 2022}
            """);
        Assert.Equal(["good1", "good2"], file.Entries.Keys);
        var problem = Assert.Single(problems);
        Assert.Equal("refs.bib:6:3: warning INK0341: Expected ',' or '}' after the entry 'broken', found 'a'. The entry is left out.", problem.ToString());
    }

    [Fact]
    public void An_unclosed_brace_is_reported_where_it_opens()
    {
        var (file, problems) = ReadText("@misc{a, title = {Open}}\n\n@misc{b,\n  note = {never closed\n");
        Assert.Equal(["a"], file.Entries.Keys);
        Assert.Equal("refs.bib:4:10: warning INK0341: The '{' here is never closed. The entry is left out.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void An_undefined_macro_and_a_repeated_key_are_reported_and_the_first_entry_kept()
    {
        var (file, problems) = ReadText("@misc{a, journal = nips, year = 2017}\n@misc{a, title = {Again}}\n");
        Assert.Equal("nips", file.Entries["a"].Plain("journal"));
        Assert.Equal(
            ["refs.bib:1:20: warning INK0342: 'nips' is not a @string defined before it; the name itself is used.",
             "refs.bib:2:1: warning INK0343: The key 'a' is already used by the entry at line 1; this entry is left out."],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Entries_in_parentheses_and_quoted_values_with_braced_quotes_read()
    {
        var (file, problems) = ReadText("@book(k, title = \"A {\"}quoted{\"} word\", publisher = \"P\")");
        Assert.Empty(problems);
        Assert.Equal("A \"quoted\" word", file.Entries["k"].Field("title").Plain);
    }
}
