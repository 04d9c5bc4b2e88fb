using Inkstone.Configuration;
using Inkstone.Data;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Importing;

/// <summary>
/// What a Hexo theme's settings say that a reader would notice: the menu. Read from <c>_config.THEME.yml</c> at the
/// site's top (Hexo 5's place), else <c>themes/THEME/_config.yml</c>. NexT and Butterfly write a menu entry as
/// <c>about: /about/ || fa fa-user</c>.
/// </summary>
internal sealed record HexoTheme(string? File, IReadOnlyList<MenuItem> Menu)
{
    public static HexoTheme Read(ISiteFileSystem files, string? name, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new HexoTheme(null, []);
        }

        var file = new[] { $"_config.{name}.yml", $"themes/{name}/_config.yml" }.FirstOrDefault(files.FileExists);
        if (file is null)
        {
            return new HexoTheme(null, []);
        }

        var map = ForeignConfig.Read(files, file, diagnostics);
        var menu = new List<MenuItem>();
        if (map["menu"] is DataMap entries)
        {
            foreach (var (key, value) in entries.Entries)
            {
                if (value is DataScalar s && s.Text.Split("||")[0].Trim() is { Length: > 0 } url && !url.Equals("/", StringComparison.Ordinal))
                {
                    menu.Add(new MenuItem(MenuName(key), url));
                }
            }
        }

        return new HexoTheme(file, menu);
    }

    /// <summary>NexT names menu entries by key (<c>about</c>, <c>archives</c>); these are shown as the theme shows them.</summary>
    private static string MenuName(string key) => key.Length > 0 ? char.ToUpperInvariant(key[0]) + key[1..] : key;
}
