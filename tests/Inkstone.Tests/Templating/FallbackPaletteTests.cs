using System.Text.RegularExpressions;
using Inkstone.Testing;

namespace Inkstone.Tests.Templating;

/// <summary>
/// The theme's colours are light-dark() pairs; browsers from before 2024 lack light-dark() and read the fallback
/// palette instead. The two must say the same thing, colour for colour, in light and in dark.
/// </summary>
public sealed partial class FallbackPaletteTests
{
    [Theory]
    [InlineData("main.css")]
    [InlineData("syntax.css")]
    public void The_fallback_palette_gives_each_colour_the_light_and_dark_values_of_its_pair(string stylesheet)
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "assets", "css", stylesheet));
        var fallbackStart = css.IndexOf("@supports not (color: light-dark(", StringComparison.Ordinal);
        Assert.True(fallbackStart > 0, $"{stylesheet} has no fallback palette.");
        var pairs = Pair().Matches(css[..fallbackStart]).ToDictionary(m => m.Groups[1].Value, m => (Light: m.Groups[2].Value.Trim(), Dark: m.Groups[3].Value.Trim()));
        var fallback = css[fallbackStart..];
        var darkStart = fallback.IndexOf("prefers-color-scheme: dark", StringComparison.Ordinal);
        var light = Values(fallback[..darkStart]);
        var dark = Values(fallback[darkStart..fallback.IndexOf(":root[data-theme=\"dark\"]", StringComparison.Ordinal)]);
        var chosenStart = fallback.IndexOf(":root[data-theme=\"dark\"]", StringComparison.Ordinal);
        var chosen = Values(fallback[chosenStart..fallback.IndexOf('}', chosenStart)]);

        Assert.NotEmpty(pairs);
        Assert.Equal(pairs.ToDictionary(p => p.Key, p => p.Value.Light), light);
        Assert.Equal(pairs.ToDictionary(p => p.Key, p => p.Value.Dark), dark);
        Assert.Equal(pairs.ToDictionary(p => p.Key, p => p.Value.Dark), chosen);
    }

    private static Dictionary<string, string> Values(string block) =>
        Declaration().Matches(block).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());

    /// <summary><c>--name: light-dark(light, dark);</c>, where a value may hold one level of brackets (<c>rgb(...)</c>).</summary>
    [GeneratedRegex(@"(--[\w-]+):\s*light-dark\(((?:[^(),]|\([^()]*\))+),((?:[^()]|\([^()]*\))+)\);")]
    private static partial Regex Pair();

    [GeneratedRegex(@"(--[\w-]+):\s*([^;]+);")]
    private static partial Regex Declaration();
}
