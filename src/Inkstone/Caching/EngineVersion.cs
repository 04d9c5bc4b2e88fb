using System.Reflection;

namespace Inkstone.Caching;

/// <summary>
/// Names the code that renders posts, so a cache written by any other build of it is never trusted: the
/// informational version (release and commit), and the module ids of the engine, the math compiler, the
/// highlighter (its TextMate grammars are resources of Inkstone.Highlighting.TextMate, so they count) and the libraries whose output the cache keeps (Markdig, Fluid, and the front matter readers), which a
/// deterministic compiler changes whenever their code changes.
/// </summary>
internal static class EngineVersion
{
    public static string Current { get; } = Describe();

    private static string Describe()
    {
        var engine = typeof(EngineVersion).Assembly;
        var informational = engine.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var modules = new[]
            {
                engine, typeof(Inkstone.Math.MathCompiler).Assembly, typeof(Inkstone.Diagrams.MermaidRenderer).Assembly, typeof(Inkstone.Highlighting.SyntaxHighlighter).Assembly,
                typeof(Inkstone.Highlighting.TextMate.TextMateLanguages).Assembly, typeof(TextMateSharp.Registry.Registry).Assembly,
                typeof(Markdig.Markdown).Assembly,
                typeof(Fluid.FluidParser).Assembly, typeof(YamlDotNet.Core.Parser).Assembly, typeof(Tomlyn.Syntax.DocumentSyntax).Assembly,
            }
            .Select(a => a.ManifestModule.ModuleVersionId.ToString("N"));
        return informational + " " + string.Join(' ', modules);
    }
}
