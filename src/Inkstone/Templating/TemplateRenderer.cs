using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Inkstone.Configuration;
using Inkstone.Diagnostics;

namespace Inkstone.Templating;

/// <summary>
/// Renders pages with the theme's Liquid templates: a page template (<c>post</c>, <c>index</c>, ...)
/// produces the main content, which <c>base.liquid</c> wraps. Templates are parsed once per build and
/// shared by all threads; each render has its own context.
/// </summary>
internal sealed partial class TemplateRenderer
{
    // Chinese text stays readable in the HTML source instead of becoming numeric references.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ThemeFiles _theme;
    private readonly DiagnosticBag _diagnostics;
    private readonly TemplateOptions _options;
    private readonly FluidParser _parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly ConcurrentDictionary<string, IFluidTemplate?> _templates = new(StringComparer.Ordinal);

    /// <param name="now">The build's "now", which <c>"now" | date</c> shows.</param>
    public TemplateRenderer(ThemeFiles theme, SiteConfig config, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        _theme = theme;
        _diagnostics = diagnostics;
        _options = new TemplateOptions
        {
            FileProvider = new ThemeFileProvider(theme),
            MemberAccessStrategy = UnsafeMemberAccessStrategy.Instance,
            MaxRecursion = 50,
            // The site's zone and culture, and the build's clock: Fluid's defaults are the machine's.
            TimeZone = config.TimeZone,
            CultureInfo = config.Culture,
            Now = () => TimeZoneInfo.ConvertTime(now, config.TimeZone),
        };
        var basePath = config.BasePath;
        var baseUrl = config.BaseUrl;
        _options.Filters.AddFilter("relative_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(basePath + input.ToStringValue().TrimStart('/'))));
        _options.Filters.AddFilter("absolute_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(baseUrl + input.ToStringValue().TrimStart('/'))));
        _options.Filters.AddFilter("asset_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(basePath + theme.FingerprintedPath(input.ToStringValue()))));
    }

    /// <summary>True when the theme or the site's layouts folder has the template.</summary>
    public bool Exists(string name) => Get(name, report: false) is not null;

    /// <summary>Renders <paramref name="template"/> inside <c>base.liquid</c> with the given variables.</summary>
    public string? RenderPage(string template, IReadOnlyDictionary<string, object?> model)
    {
        var content = Render(template, model, null);
        return content is null ? null : Render("base", model, content);
    }

    /// <summary>Renders one template alone (feeds, 404 bodies, partial pages).</summary>
    public string? Render(string name, IReadOnlyDictionary<string, object?> model, string? content)
    {
        var template = Get(name, report: true);
        if (template is null)
        {
            return null;
        }

        var context = new TemplateContext(_options);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, value);
        }

        if (content is not null)
        {
            context.SetValue("content", content);
        }

        try
        {
            return template.Render(context, Encoder);
        }
        catch (Exception e) when (e is InvalidOperationException or ParseException or ArgumentException or FormatException)
        {
            _diagnostics.Error(DiagnosticIds.TemplateRender, SourceLocation.File(TemplatePath(name)),
                $"The template failed while rendering: {e.Message}");
            return null;
        }
    }

    private IFluidTemplate? Get(string name, bool report)
    {
        if (_templates.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var file = name + ".liquid";
        var text = _theme.ReadTemplate(file);
        IFluidTemplate? template = null;
        if (text is null)
        {
            if (report)
            {
                _diagnostics.Error(DiagnosticIds.MissingLayout, SourceLocation.File("layouts/" + file),
                    $"There is no template '{name}' in the theme or in layouts/.",
                    $"Create layouts/{file}, or choose one of the theme's layouts (post, page).");
            }
        }
        else if (!_parser.TryParse(text, out template, out var error))
        {
            var (line, column) = ErrorPosition(error);
            _diagnostics.Error(DiagnosticIds.TemplateSyntax, new SourceLocation(TemplatePath(name), line, column),
                $"The template has a syntax error: {error.Split('\n')[0].Trim()}", "Every {% if %}, {% for %} and {% capture %} needs its closing tag.");
            template = null;
        }

        return _templates.GetOrAdd(name, template);
    }

    private string TemplatePath(string name) =>
        _theme.IsOverridden(name + ".liquid") ? $"layouts/{name}.liquid" : $"themes/default/templates/{name}.liquid";

    private static (int Line, int Column) ErrorPosition(string error)
    {
        var match = PositionPattern().Match(error);
        return match.Success ? (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : (1, 1);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
