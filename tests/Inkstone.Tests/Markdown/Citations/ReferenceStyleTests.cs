using Inkstone.Bibliography;
using Inkstone.Diagnostics;
using Inkstone.Markdown.Citations;
using Inkstone.Testing;

namespace Inkstone.Tests.Markdown.Citations;

/// <summary>How each kind of entry reads in the reference list of each style (books, theses, reports, preprints, unnamed authors).</summary>
public sealed class ReferenceStyleTests
{
    private static readonly BibliographyFile Handwritten = BibtexReader.Read("handwritten.bib",
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Tests", "Bibliography", "Exports", "handwritten.bib")), new DiagnosticBag());

    private static readonly BibHtml Html = new(tex => $"<math>{tex}</math>");

    private static string Reference(ReferenceStyle style, string key)
    {
        var work = new CitedWork(Handwritten.Entries[key], "ref-" + key);
        style.Arrange([work]);
        return style.Reference(work);
    }

    [Theory]
    [InlineData("knuth1997art", "Knuth, D. E. (1997). <i>The art of computer programming, volume 1: Fundamental algorithms</i> (Third ed.). Addison-Wesley.")]
    [InlineData("strauss2009thesis", "Straßer, J., et al. (2009). <i><i>Gröbner</i> bases for Markov chains — a study</i> [Doctoral dissertation, Technische Universität München].")]
    [InlineData("brown1999report", "Brown, Jr., J., de la Fontaine, J., &amp; van Beethoven, L. (1999). <i>Notes on “quoted” titles &amp; 50% tricks</i> (Report No. TR-7). Example Lab.")]
    [InlineData("openai2023gpt4", "OpenAI. (2023). <i>GPT-4 technical report</i>. arXiv:2303.08774. <a href=\"https://arxiv.org/abs/2303.08774\">https://arxiv.org/abs/2303.08774</a>")]
    public void Author_year_entries_read_as_apa_writes_them(string key, string expected) =>
        Assert.Equal(Decoded(expected), Decoded(Reference(new AuthorYearStyle(Html, english: true), key)));

    [Theory]
    [InlineData("knuth1997art", "D. E. Knuth, <i>The Art of Computer Programming, Volume 1: Fundamental Algorithms</i>, Third ed., Reading, Massachusetts: Addison-Wesley, 1997.")]
    [InlineData("strauss2009thesis", "J. Straßer <i>et al.</i>, “<i>Gröbner</i> Bases for Markov Chains — a Study,” Ph.D. dissertation, Technische Universität München, 2009.")]
    [InlineData("schulman2015trpo", "J. Schulman, S. Levine, P. Moritz, M. I. Jordan, and P. Abbeel, “Trust Region Policy Optimization,” in <i>Proceedings of the International Conference on Machine Learning (ICML)</i>, vol. 37, Jul. 2015, pp. 1889–1897.")]
    public void Numeric_entries_read_as_ieee_writes_them(string key, string expected) =>
        Assert.Equal(Decoded(expected), Decoded(Reference(new NumericStyle(Html, english: true), key)));

    /// <summary>Letters such as ß may be written as character references; the text is what matters.</summary>
    private static string Decoded(string html) => System.Net.WebUtility.HtmlDecode(html);

    [Fact]
    public void Math_in_a_title_goes_to_the_math_compiler_and_keeps_its_case()
    {
        var entry = BibtexReader.Read("a.bib", @"@misc{k, title = {An {$O(n \log n)$} Sorting Network}, year = 1983}", new DiagnosticBag()).Entries["k"];
        Assert.Equal(@"An <math>O(n \log n)</math> sorting network", Html.Write(entry.Field("title"), sentenceCase: true));
    }
}
