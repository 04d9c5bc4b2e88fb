using TextMateSharp.Themes;

namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// The theme TextMateSharp insists on, with no rules: colours come from Inkstone's palette through the token
/// classes (<see cref="ScopeClassifier"/>), never from a TextMate theme.
/// </summary>
internal sealed class NoTheme : IRawTheme
{
    public static readonly NoTheme Instance = new();

    public string GetName() => "none";

    public string GetInclude() => null!;

    public ICollection<IRawThemeSetting> GetSettings() => [];

    public ICollection<IRawThemeSetting> GetTokenColors() => [];

    public ICollection<KeyValuePair<string, object>> GetGuiColors() => [];
}
