using System.Text;
using Inkstone.Configuration;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Templating;

/// <summary>The theme's interface strings in the site's language (<c>i18n/zh-CN.yml</c> or <c>i18n/en.yml</c>).</summary>
internal static class UiStrings
{
    public static Dictionary<string, object?> Load(ThemeFiles theme, SiteLanguage language)
    {
        var name = language == SiteLanguage.English ? "i18n/en.yml" : "i18n/zh-CN.yml";
        var bytes = theme.ReadEmbedded(name) ?? [];
        var source = new SourceText("themes/default/" + name, Encoding.UTF8.GetString(bytes));
        var map = YamlDataReader.Read(source, source.Text, 1, new DiagnosticBag());
        return DataObjects.ToDictionary(map);
    }
}
