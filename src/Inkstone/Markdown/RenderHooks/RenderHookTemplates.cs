using System.Text.RegularExpressions;
using Fluid;
using Inkstone.Diagnostics;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>
/// The render hooks a site overrides (<c>layouts/render/NAME.liquid</c>), parsed once per build and shared by
/// every thread. A hook the site leaves alone is not here: its markup is written by the compiled renderer, which
/// writes what the theme's <c>render/NAME.liquid</c> would, without a template run per element.
/// </summary>
internal sealed partial class RenderHookTemplates
{
    private readonly Dictionary<RenderHook, (IFluidTemplate Template, string Path)> _templates;
    private readonly TemplateOptions _options = new() { MemberAccessStrategy = UnsafeMemberAccessStrategy.Instance, MaxRecursion = 50 };

    private RenderHookTemplates(Dictionary<RenderHook, (IFluidTemplate, string)> templates) => _templates = templates;

    /// <summary>The theme file of a hook, relative to its templates folder: "render/codeblock.liquid".</summary>
    public static string FileName(RenderHook hook) => "render/" + hook.ToString().ToLowerInvariant() + ".liquid";

    /// <summary>
    /// Parses the site's hook templates; <paramref name="read"/> gives the text of a site override or null.
    /// Null when the site overrides none, so a build without overrides never looks at hooks again.
    /// </summary>
    public static RenderHookTemplates? Parse(Func<string, string?> read, DiagnosticBag diagnostics)
    {
        var parser = new FluidParser(new FluidParserOptions { AllowFunctions = false });
        var templates = new Dictionary<RenderHook, (IFluidTemplate, string)>();
        foreach (var hook in Enum.GetValues<RenderHook>())
        {
            var path = "layouts/" + FileName(hook);
            if (read(FileName(hook)) is not { } text)
            {
                continue;
            }

            if (parser.TryParse(text, out var template, out var error))
            {
                templates[hook] = (template, path);
            }
            else
            {
                var match = PositionPattern().Match(error);
                var location = match.Success ? new SourceLocation(path, int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : SourceLocation.File(path);
                diagnostics.Error(DiagnosticIds.TemplateSyntax, location, $"The template has a syntax error: {error.Split('\n')[0].Trim()}",
                    "Every {% if %}, {% for %} and {% capture %} needs its closing tag.");
            }
        }

        return templates.Count == 0 ? null : new RenderHookTemplates(templates);
    }

    public bool Has(RenderHook hook) => _templates.ContainsKey(hook);

    /// <summary>
    /// The hook's markup for one element, without the line break that ends the template's file; null (after an
    /// INK0603 at the template) when the template fails, and the caller then writes the default markup.
    /// </summary>
    public string? Render(RenderHook hook, IReadOnlyDictionary<string, object?> model, DiagnosticBag diagnostics)
    {
        var (template, path) = _templates[hook];
        var context = new TemplateContext(_options);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, value);
        }

        try
        {
            return template.Render(context, MarkupEncoder.Instance).TrimEnd('\n', '\r');
        }
        catch (Exception e) when (e is InvalidOperationException or ParseException or ArgumentException or FormatException)
        {
            diagnostics.Error(DiagnosticIds.TemplateRender, SourceLocation.File(path), $"The template failed while rendering: {e.Message}");
            return null;
        }
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
