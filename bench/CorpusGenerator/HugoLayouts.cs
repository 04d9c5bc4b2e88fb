namespace Inkstone.CorpusGenerator;

/// <summary>Minimal Hugo templates that render roughly what Inkstone's default theme renders.</summary>
internal static class HugoLayouts
{
    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="{{ site.LanguageCode }}">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
          {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
        </head>
        <body>
          <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
            <nav><a href="{{ "/categories/" | relURL }}">分类</a> <a href="{{ "/tags/" | relURL }}">标签</a></nav>
          </header>
          <main>{{ block "main" . }}{{ end }}</main>
          <footer>© {{ now.Year }} {{ site.Title }}</footer>
        </body>
        </html>

        """;

    private const string Card = """
        <article class="card">
          <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
          <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2006-01-02" }}</time>
          {{ with .GetTerms "categories" }}{{ range . }}<a class="category" href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}{{ end }}
          <p>{{ .Summary | plainify }}</p>
        </article>

        """;

    private const string Pager = """
        {{ with .Paginator }}{{ if gt .TotalPages 1 }}
        <nav class="pager">
          {{ with .Prev }}<a rel="prev" href="{{ .URL }}">上一页</a>{{ end }}
          <span>{{ .PageNumber }} / {{ .TotalPages }}</span>
          {{ with .Next }}<a rel="next" href="{{ .URL }}">下一页</a>{{ end }}
        </nav>
        {{ end }}{{ end }}

        """;

    private const string Home = """
        {{ define "main" }}
        {{ $paginator := .Paginate (where site.RegularPages "Section" "posts") }}
        {{ range $paginator.Pages }}{{ partial "card.html" . }}{{ end }}
        {{ partial "pager.html" . }}
        {{ end }}

        """;

    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ range .Paginator.Pages }}{{ partial "card.html" . }}{{ end }}
        {{ partial "pager.html" . }}
        {{ end }}

        """;

    private const string Single = """
        {{ define "main" }}
        <article>
          <h1>{{ .Title }}</h1>
          <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2006-01-02" }}</time>
          {{ with .GetTerms "categories" }}<p>{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
          {{ with .GetTerms "tags" }}<p>{{ range . }}<a href="{{ .RelPermalink }}">#{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
          {{ .Content }}
        </article>
        <nav class="post-nav">
          {{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
          {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        </nav>
        {{ end }}

        """;

    private const string Terms = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>
          {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}
        </ul>
        {{ end }}

        """;

    public static IReadOnlyList<(string Name, string Text)> Files =>
    [
        ("_default/baseof.html", BaseOf),
        ("index.html", Home),
        ("_default/list.html", List),
        ("_default/single.html", Single),
        ("_default/taxonomy.html", Terms),
        ("_default/terms.html", Terms),
        ("_default/term.html", List),
        ("partials/card.html", Card),
        ("partials/pager.html", Pager),
    ];
}
