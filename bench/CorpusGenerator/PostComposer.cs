using System.Text;

namespace Inkstone.CorpusGenerator;

/// <summary>Composes a deterministic set of posts from a seed: same seed and count, same bytes.</summary>
internal sealed class PostComposer(int seed)
{
    private static readonly DateTimeOffset FirstDay = new(2019, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private const int SpanInMinutes = 6 * 365 * 24 * 60;

    public IReadOnlyList<SyntheticPost> Compose(int count)
    {
        var random = new Random(seed);
        var allTags = Topics.All.SelectMany(t => t.Tags).Distinct().Order(StringComparer.Ordinal).ToArray();

        // Dates are drawn first and sorted so that post numbers follow publication order, as a real blog's would.
        var dates = Enumerable.Range(0, count)
            .Select(_ => FirstDay.AddMinutes(random.Next(SpanInMinutes)))
            .Order()
            .ToArray();

        var posts = new List<SyntheticPost>(count);
        for (var i = 0; i < count; i++)
        {
            posts.Add(ComposeOne(random, i + 1, dates[i], allTags));
        }

        return posts;
    }

    private static SyntheticPost ComposeOne(Random random, int number, DateTimeOffset date, string[] allTags)
    {
        var topic = Topics.All[random.Next(Topics.All.Length)];
        var chinese = random.Next(5) != 0;
        var patterns = chinese ? Topics.ChineseTitlePatterns : Topics.EnglishTitlePatterns;
        var title = string.Format(null, patterns[random.Next(patterns.Length)], chinese ? topic.ChineseName : topic.EnglishName);

        var tags = topic.Tags.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).ToList();
        if (random.Next(5) == 0)
        {
            var extra = allTags[random.Next(allTags.Length)];
            if (!tags.Contains(extra))
            {
                tags[^1] = extra;
            }
        }

        var text = new TextComposer(random, chinese);
        var body = ComposeBody(random, text, targetWords: random.Next(800, 2501));
        return new SyntheticPost(number, topic.Slug, title, date, topic.Category, tags, chinese, body, text.WordCount);
    }

    private static string ComposeBody(Random random, TextComposer text, int targetWords)
    {
        var code = new CodeComposer(random);
        var sections = Math.Clamp(targetWords / 300, 3, 8);

        // Each required block goes to a random section; several may share one.
        var pending = new List<(int Section, Func<string> Block)>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            pending.Add((random.Next(sections), code.Fence));
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            pending.Add((random.Next(sections), () => $"$$\n{Formulas.Display[random.Next(Formulas.Display.Length)]}\n$$\n"));
        }

        pending.Add((random.Next(sections), text.BulletList));
        pending.Add((random.Next(sections), text.Table));

        var builder = new StringBuilder();
        builder.Append(text.Paragraph()).Append("\n\n");
        for (var section = 0; section < sections; section++)
        {
            builder.Append("## ").Append(text.Heading()).Append("\n\n");
            var budget = text.WordCount + (targetWords - text.WordCount) / (sections - section);
            var paragraphs = 0;
            while (text.WordCount < budget || paragraphs == 0)
            {
                if (paragraphs == 2 && random.Next(2) == 0)
                {
                    builder.Append("### ").Append(text.Heading()).Append("\n\n");
                }

                builder.Append(text.Paragraph()).Append("\n\n");
                paragraphs++;
                foreach (var (_, block) in pending.Where(p => p.Section == section && paragraphs == 1))
                {
                    builder.Append(block()).Append('\n');
                }
            }
        }

        return builder.ToString().TrimEnd() + "\n";
    }
}
