using System.Collections.Immutable;
using System.Text;

namespace Inkstone.CorpusGenerator;

/// <summary>Builds sentences, paragraphs, lists and tables in one language, counting the words it writes.</summary>
internal sealed class TextComposer(Random random, bool chinese)
{
    public int WordCount { get; private set; }

    public string Heading() => Pick(chinese ? ChineseVocabulary.Headings : EnglishVocabulary.Headings);

    public string Paragraph()
    {
        var builder = new StringBuilder();
        var sentences = random.Next(3, 7);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0 && !chinese)
            {
                builder.Append(' ');
            }

            builder.Append(chinese ? ChineseSentence() : EnglishSentence());
        }

        return builder.ToString();
    }

    public string BulletList()
    {
        var items = chinese ? ChineseVocabulary.ListItems : EnglishVocabulary.ListItems;
        var count = random.Next(3, 6);
        var ordered = random.Next(3) == 0;
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var item = Pick(items);
            Count(item);
            builder.Append(ordered ? $"{i + 1}. " : "- ").Append(item).Append('\n');
        }

        return builder.ToString();
    }

    public string Table()
    {
        string[] header = chinese ? ["方法", "时间复杂度", "额外空间", "实测耗时 (ms)"] : ["Method", "Time", "Extra space", "Measured (ms)"];
        string[] methods = ["baseline", "v1", "v2", "v3", "ours", "reference"];
        string[] costs = ["$O(n)$", "$O(n \\log n)$", "$O(n^2)$", "$O(nW)$", "$O(\\log n)$"];
        var builder = new StringBuilder();
        builder.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        builder.Append("|---|---|---|---:|\n");
        var rows = random.Next(3, 7);
        for (var i = 0; i < rows; i++)
        {
            var elapsed = (random.NextDouble() * 900 + 5).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
            builder.Append($"| {methods[i % methods.Length]} | {Pick(costs)} | {Pick(costs)} | {elapsed} |\n");
        }

        WordCount += rows * 4;
        return builder.ToString();
    }

    private string ChineseSentence()
    {
        var builder = new StringBuilder();
        builder.Append(Pick(ChineseVocabulary.Openers))
            .Append(Pick(ChineseVocabulary.Subjects))
            .Append(Pick(ChineseVocabulary.Adverbs))
            .Append(Pick(ChineseVocabulary.Predicates));
        AppendTail(builder, "，", "，其中 ");
        builder.Append('。');
        var sentence = builder.ToString();
        Count(sentence);
        return sentence;
    }

    private string EnglishSentence()
    {
        var builder = new StringBuilder();
        var opener = Pick(EnglishVocabulary.Openers);
        var subject = Pick(EnglishVocabulary.Subjects);
        var adverb = Pick(EnglishVocabulary.Adverbs);
        builder.Append(opener.Length == 0 ? char.ToUpperInvariant(subject[0]) + subject[1..] : opener + subject)
            .Append(' ');
        if (adverb.Length > 0)
        {
            builder.Append(adverb).Append(' ');
        }

        builder.Append(Pick(EnglishVocabulary.Predicates));
        AppendTail(builder, ", ", ", where ");
        builder.Append('.');
        var sentence = builder.ToString();
        Count(sentence);
        return sentence;
    }

    private void AppendTail(StringBuilder builder, string clauseSeparator, string formulaLead)
    {
        var roll = random.Next(10);
        if (roll < 4)
        {
            builder.Append(clauseSeparator).Append(Pick(chinese ? ChineseVocabulary.Clauses : EnglishVocabulary.Clauses));
        }
        else if (roll < 6)
        {
            builder.Append(formulaLead).Append('$').Append(Pick(Formulas.Inline)).Append('$');
        }
    }

    private void Count(string text)
    {
        if (!chinese)
        {
            WordCount += text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            return;
        }

        // A Chinese "word count" is conventionally the number of characters, punctuation excluded.
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                WordCount++;
            }
        }
    }

    private string Pick(ImmutableArray<string> items) => items[random.Next(items.Length)];

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
