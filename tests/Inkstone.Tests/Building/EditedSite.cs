using System.Globalization;

namespace Inkstone.Tests.Building;

/// <summary>
/// A small site on disk that a seeded random writer edits: posts with categories, tags, a <c>note</c> param
/// and drafts, a card template that shows <c>post.params.note</c> and <c>post.word_count</c>, a static file
/// and the config. Each edit rewrites the files it touches and says which (site-relative paths).
/// </summary>
internal sealed class EditedSite : IDisposable
{
    private static readonly string[] Categories = ["算法", "NLP", "Vision"];
    private static readonly string[] TagNames = ["rl", "math", "python", "attention", "cv"];
    private static readonly string[] Words = ["policy", "gradient", "矩阵", "attention", "value", "梯度", "kernel", "batch"];

    private static readonly string[] Cards =
    [
        """<article class="card"><a href="{{ post.url }}">{{ post.title }}</a> · {{ post.params.note }} · {{ post.word_count }} words<div>{{ post.excerpt_html | raw }}</div></article>""",
        """<article class="card"><h2>{{ post.title }}</h2><p>note: {{ post.params.note }}</p><p>{{ post.word_count }}</p>{% for tag in post.tags %}<i>{{ tag.name }}</i>{% endfor %}</article>""",
    ];

    private readonly Random _random;
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-edited-site-").FullName;
    private readonly List<PostSpec> _posts = [];
    private int _next;
    private int _card;
    private int _config;
    private string? _static = "first version\n";

    public EditedSite(int seed)
    {
        _random = new Random(seed);
        Directory.CreateDirectory(SiteFolder);
        WriteConfig();
        WriteCard();
        WriteStatic();
        for (var i = 0; i < 5; i++)
        {
            var post = NewPost();
            _posts.Add(post);
            Write(post);
        }
    }

    public string SiteFolder => Path.Combine(_root, "site");

    public string OutputFolder => Path.Combine(_root, "out");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Makes one edit and returns what it did and the files it changed.</summary>
    public (string Description, IReadOnlyCollection<string> Changed) EditAtRandom()
    {
        var kind = _random.Next(15);
        if (_posts.Count == 0 || kind == 0)
        {
            var added = NewPost();
            _posts.Add(added);
            return ($"add {added.Slug}", [Write(added)]);
        }

        var index = _random.Next(_posts.Count);
        var post = _posts[index];
        switch (kind)
        {
            case 1 when _posts.Count > 1:
                _posts.RemoveAt(index);
                File.Delete(Path.Combine(SiteFolder, post.Path));
                return ($"delete {post.Slug}", [post.Path]);
            case 2:
                var renamed = post with { Slug = $"post-{_next++}" };
                _posts[index] = renamed;
                File.Delete(Path.Combine(SiteFolder, post.Path));
                return ($"rename {post.Slug} to {renamed.Slug}", [post.Path, Write(renamed)]);
            case 3:
                return Change(index, post with { Body = post.Body + " " + Sentence() }, "body after the excerpt of");
            case 4:
                return Change(index, post with { Title = $"{Pick(Words)} {_random.Next(100)}" }, "title of");
            case 5:
                return Change(index, post with { Date = RandomDate() }, "date of");
            case 6:
                return Change(index, post with { Tags = RandomTags() }, "tags of");
            case 7:
                return Change(index, post with { Category = _random.Next(4) == 0 ? null : Pick(Categories) }, "category of");
            case 8:
                return Change(index, post with { Note = _random.Next(5) == 0 ? null : $"note {_random.Next(1000)}" }, "note of");
            case 9:
                return Change(index, post with { Draft = !post.Draft }, "draft flag of");
            case 10:
                _card = (_card + 1) % Cards.Length;
                WriteCard();
                return ($"card template to version {_card}", ["layouts/partials/card.liquid"]);
            case 11:
                var existed = _static is not null;
                _static = _random.Next(3) == 0 ? null : $"version {_random.Next(1000)}\n";
                WriteStatic();
                return ($"static file {(_static is null ? "deleted" : existed ? "changed" : "added")}", ["static/notes.txt"]);
            case 12:
                _config = (_config + 1) % 3;
                WriteConfig();
                return ($"config to version {_config}", ["inkstone.yml"]);
            default:
                return Change(index, post with { Body = Sentence() + "\n\n<!-- more -->\n\n" + Sentence(), Note = $"note {_random.Next(1000)}" }, "body and note of");
        }
    }

    private (string, IReadOnlyCollection<string>) Change(int index, PostSpec changed, string what)
    {
        _posts[index] = changed;
        return ($"{what} {changed.Slug}", [Write(changed)]);
    }

    private PostSpec NewPost() =>
        new($"post-{_next++}", $"{Pick(Words)} {_random.Next(100)}", RandomDate(), Pick(Categories), RandomTags(), $"note {_random.Next(1000)}", _random.Next(8) == 0, Sentence() + "\n\n<!-- more -->\n\n" + Sentence());

    private string Write(PostSpec post)
    {
        var text = new System.Text.StringBuilder("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: \"{post.Title}\"\n")
            .Append(CultureInfo.InvariantCulture, $"date: {post.Date:yyyy-MM-dd HH:mm:ss}\n");
        if (post.Category is { } category)
        {
            text.Append(CultureInfo.InvariantCulture, $"categories: [{category}]\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", post.Tags)}]\n");
        if (post.Note is { } note)
        {
            text.Append(CultureInfo.InvariantCulture, $"note: \"{note}\"\n");
        }

        if (post.Draft)
        {
            text.Append("draft: true\n");
        }

        text.Append("---\n").Append(post.Body).Append('\n');
        WriteFile(post.Path, text.ToString());
        return post.Path;
    }

    private void WriteConfig() => WriteFile("inkstone.yml", _config switch
    {
        0 => "title: 墨砚\nbase_url: https://example.org/\ntimezone: Asia/Shanghai\nposts_per_page: 3\n",
        1 => "title: Inkstone notes\nbase_url: https://example.org/\ntimezone: Asia/Shanghai\nposts_per_page: 2\n",
        _ => "title: 墨砚\nbase_url: https://example.org/\ntimezone: UTC\nposts_per_page: 4\ndescription: 笔记\n",
    });

    private void WriteCard() => WriteFile("layouts/partials/card.liquid", Cards[_card] + "\n");

    private void WriteStatic()
    {
        var path = Path.Combine(SiteFolder, "static", "notes.txt");
        if (_static is null)
        {
            File.Delete(path);
        }
        else
        {
            WriteFile("static/notes.txt", _static);
        }
    }

    private void WriteFile(string path, string text)
    {
        var full = Path.Combine(SiteFolder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private string Sentence() =>
        string.Join(' ', Enumerable.Range(0, _random.Next(3, 12)).Select(_ => Pick(Words))) + ".";

    private DateTime RandomDate() =>
        new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Unspecified).AddHours(_random.Next(0, 24 * 540));

    private string[] RandomTags() => TagNames.Where(_ => _random.Next(3) == 0).ToArray();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private sealed record PostSpec(string Slug, string Title, DateTime Date, string? Category, string[] Tags, string? Note, bool Draft, string Body)
    {
        public string Path => $"content/posts/{Slug}.md";
    }
}
