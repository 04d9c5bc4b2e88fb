using System.Diagnostics;
using Inkstone.CorpusGenerator;

var options = CorpusOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine($"error: {error}");
    Console.Error.WriteLine(CorpusOptions.Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
var posts = new PostComposer(options.Seed).Compose(options.Posts);

new InkstoneSiteWriter(options.OutputDirectory).Write(posts);
Console.WriteLine($"wrote {posts.Count} posts as an Inkstone site to {options.OutputDirectory}");

if (options.HugoDirectory is not null)
{
    new HugoSiteWriter(options.HugoDirectory).Write(posts);
    Console.WriteLine($"wrote the same posts as a Hugo site to {options.HugoDirectory}");
}

var words = posts.Sum(p => p.WordCount);
Console.WriteLine($"{words:N0} words in total, {words / posts.Count:N0} per post on average, in {clock.Elapsed.TotalSeconds:F1} s");
return 0;
