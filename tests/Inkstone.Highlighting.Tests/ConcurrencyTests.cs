namespace Inkstone.Highlighting.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public void One_highlighter_gives_the_same_html_on_many_threads_at_once()
    {
        var highlighter = new SyntaxHighlighter();
        var inputs = highlighter.Languages
            .Select(language => (language, code: "def f(x):\n    return f\"{x}\" # c\n/* c */ $HOME <a href=\"x\">1e-10</a>\n"))
            .ToList();
        var expected = inputs.Select(i => highlighter.HighlightToHtml(i.language, i.code)).ToList();

        var results = new string[inputs.Count * 50];
        Parallel.For(0, results.Length, i =>
        {
            var (language, code) = inputs[i % inputs.Count];
            results[i] = highlighter.HighlightToHtml(language, code);
        });

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % inputs.Count], results[i]);
        }
    }
}
