using System.Diagnostics;
using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Benchmarks.Building;

/// <summary>
/// What finding related posts costs as a site grows: synthetic posts shaped like bench/CorpusGenerator's (four
/// categories, two to four of 59 tags, dates over six years), found by <see cref="RelatedPostFinder"/> and by
/// scoring every post that shares a key (the way it was done before, kept here as the reference), in one process,
/// alternating, with the processor time of each round. The two answers are compared once per count.
/// Run: dotnet run -c Release --project bench/Inkstone.Benchmarks -- --related-cost 10000,50000 5
/// </summary>
internal static class RelatedCostReport
{
    public static void Run(string counts, int rounds)
    {
        foreach (var count in counts.Split(',').Select(int.Parse))
        {
            var posts = Synthetic(count);
            var found = RelatedPostFinder.Find(posts);
            var reference = ScoringEveryPost(posts);
            var same = posts.All(p => found[p.Post.SourcePath].Select(r => r.Post.SourcePath).SequenceEqual(reference[p.Post.SourcePath]));
            Console.WriteLine($"{count:N0} posts: the two answers are {(same ? "the same" : "DIFFERENT")}");
            var walked = new List<double>();
            var scored = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                walked.Add(Cpu(() => RelatedPostFinder.Find(posts)));
                scored.Add(Cpu(() => ScoringEveryPost(posts)));
            }

            Console.WriteLine($"  by score level:     CPU median {Median(walked):F3} s ({string.Join(", ", walked.Select(s => s.ToString("F3")))})");
            Console.WriteLine($"  scoring every post: CPU median {Median(scored):F3} s ({string.Join(", ", scored.Select(s => s.ToString("F3")))})");
        }
    }

    private static List<RenderedPost> Synthetic(int count)
    {
        var random = new Random(1);
        string[] categories = ["Algorithms", "Machine Learning", "Systems", "Notes"];
        string[] tags = [.. Enumerable.Range(0, 59).Select(t => $"tag-{t}")];
        return [.. Enumerable.Range(0, count).Select(i => new RenderedPost(
            new Post
            {
                Kind = PostKind.Post,
                SourcePath = $"content/posts/{i:00000}.md",
                Title = $"p{i}",
                Date = DateTimeOffset.UnixEpoch.AddYears(50).AddMinutes(random.Next(6 * 365 * 24 * 60)),
                Slug = $"p{i}",
                Url = $"/p{i}/",
                Source = new Inkstone.Data.SourceText($"p{i}", ""),
                BodyOffset = 0,
                Tags = [.. tags.OrderBy(_ => random.Next()).Take(random.Next(2, 5))],
                Categories = [categories[random.Next(categories.Length)]],
            },
            "", new Inkstone.Excerpts.Excerpt("", "", false), [], default, [], []))];
    }

    /// <summary>Every post scored against every post that shares a tag or a category, the best four kept.</summary>
    private static Dictionary<string, List<string>> ScoringEveryPost(List<RenderedPost> posts)
    {
        var keys = posts.Select(p => p.Post.Tags.Select(t => ("t:" + t, 2)).Concat(p.Post.Categories.Select(c => ("c:" + c, 1))).Distinct().ToArray()).ToList();
        var order = Enumerable.Range(0, posts.Count).OrderByDescending(i => posts[i].Post.Date).ThenBy(i => posts[i].Post.SourcePath, StringComparer.Ordinal).ToList();
        var index = RelatedPostIndex.Build(keys, order);
        var best = new List<string>[posts.Count];
        Parallel.For(0, posts.Count, () => new RelatedPostScores(posts.Count), (i, _, scores) =>
        {
            foreach (var key in index.Keys[i])
            {
                foreach (var rank in index.Members[key])
                {
                    if (index.PostAtRank[rank] != i)
                    {
                        scores.Add(index.PostAtRank[rank], index.Weights[key]);
                    }
                }
            }

            best[i] = [.. scores.TakeBest(index.Rank).Select(b => posts[b].Post.SourcePath)];
            return scores;
        }, _ => { });
        return Enumerable.Range(0, posts.Count).ToDictionary(i => posts[i].Post.SourcePath, i => best[i]);
    }

    private static double Cpu(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
