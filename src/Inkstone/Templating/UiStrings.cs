using System.Text;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Templating;

/// <summary>
/// The theme's interface strings in one language (<c>i18n/zh-CN.yml</c>, <c>zh-TW</c>, <c>en</c>, <c>ja</c>): the site's,
/// or a translation's for the pages of its own folder.
/// </summary>
internal static class UiStrings
{
    /// <param name="language">A language code; one the theme has no strings for reads English, the most widely read.</param>
    public static Dictionary<string, object?> Load(ThemeFiles theme, string language)
    {
        var name = $"i18n/{LanguageCodes.Canonical(language) ?? "en"}.yml";
        var bytes = theme.ReadEmbedded(name) ?? [];
        var source = new SourceText("themes/default/" + name, Encoding.UTF8.GetString(bytes));
        var map = YamlDataReader.Read(source, source.Text, 1, new DiagnosticBag());
        return DataObjects.ToDictionary(map);
    }

    /// <summary>The words posts' markup carries, in every language the theme has strings for, for the content and markdown stages.</summary>
    public static InterfaceLanguages Words(ThemeFiles theme, string siteLanguage) =>
        new(LanguageCodes.Known.ToDictionary(code => code, code =>
        {
            var strings = Load(theme, code);
            string Text(string key) => strings.GetValueOrDefault(key) as string ?? key;
            return new InterfaceWords(Text("algorithm"), Text("caption_colon"), Text("notebook_code"), Text("notebook_output"), Text("diagram_source"));
        }), siteLanguage);
}
