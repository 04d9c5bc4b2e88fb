using Inkstone.Configuration;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Markdown.Math;

/// <summary>
/// Where each math macro a post can use was defined: the site's configuration, the post's front matter, or a
/// <c>\newcommand</c> in one of its formulas (recorded as the formulas are compiled, so a later definition takes over).
/// A problem in a macro's definition is reported here, once, not at every formula that uses the macro.
/// </summary>
internal sealed class MacroDefinitionSites
{
    private readonly Dictionary<string, SourceLocation> _sites = new(StringComparer.Ordinal);

    public MacroDefinitionSites(MathSettings site, Content.Post post)
    {
        foreach (var (name, location) in site.MacroLocations)
        {
            _sites[Key(name)] = location;
        }

        if ((post.FrontMatter["math_macros"] ?? (post.FrontMatter["math"] as DataMap)?["macros"]) is DataMap macros)
        {
            foreach (var (name, value) in macros.Entries)
            {
                _sites[Key(name)] = value.Location;
            }
        }
    }

    public void Record(string name, SourceLocation location) => _sites[Key(name)] = location;

    public SourceLocation? Find(string name) => _sites.TryGetValue(Key(name), out var location) ? location : null;

    private static string Key(string name) => name.StartsWith('\\') ? name[1..] : name;
}
