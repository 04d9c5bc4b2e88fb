using Inkstone.Diagnostics;
using Inkstone.Math;

namespace Inkstone.Markdown.Math;

/// <summary>
/// Builds the macro tables formulas are compiled with, from the site's <c>math.macros</c> and a post's
/// <c>math_macros</c>. A name no formula could call (<c>\R2</c>, <c>\my-op</c>, a lone backslash) is one diagnostic at
/// its definition and is left out, rather than stopping the build.
/// </summary>
internal static class MacroTableBuilder
{
    public static MathMacroTable ForSite(Configuration.MathSettings settings, DiagnosticBag diagnostics, bool strict)
    {
        var table = new MathMacroTable();
        foreach (var (name, body) in settings.Macros)
        {
            if (Callable(name))
            {
                table.Define(name, body);
            }
            else
            {
                Report(name, settings.MacroLocations.TryGetValue(name, out var location) ? location : SourceLocation.File("inkstone.yml"), diagnostics, strict);
            }
        }

        return table;
    }

    /// <summary>The site's table with the post's front matter macros added on top.</summary>
    public static MathMacroTable ForPost(MathMacroTable site, Content.Post post, MacroDefinitionSites sites, DiagnosticBag diagnostics, bool strict)
    {
        var table = site.Clone();
        foreach (var (name, body) in post.MathMacros)
        {
            if (Callable(name))
            {
                table.Define(name, body);
            }
            else
            {
                Report(name, sites.Find(name) ?? SourceLocation.File(post.SourcePath), diagnostics, strict);
            }
        }

        return table;
    }

    /// <summary>A backslash and letters, or a backslash and one other character: what TeX reads as one command name.</summary>
    private static bool Callable(string name)
    {
        var bare = name.StartsWith('\\') ? name.AsSpan(1) : name.AsSpan();
        return bare.Length == 1 || (bare.Length > 1 && IsLetters(bare));
    }

    private static bool IsLetters(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Report(string name, SourceLocation location, DiagnosticBag diagnostics, bool strict) =>
        diagnostics.Add(new Diagnostic(PostMathCompiler.MathErrorId, strict ? Severity.Error : Severity.Warning, location,
            $"'{name}' is not a macro name a formula can call.", "use a backslash and letters, such as \\R or \\norm, or a backslash and one other character"));
}
