using System.Text;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// A Hexo tag's arguments as Hexo splits them: at whitespace, with a quoted string one argument without its quotes
/// (<c>{% note info "Two words" %}</c>), and several tags (<c>tabs</c>, <c>button</c>) joining them again to split at commas.
/// </summary>
internal static class HexoArguments
{
    public static List<string> Split(string arguments)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (c is '"' or '\'' && arguments.IndexOf(c, i + 1) is var close and > 0)
            {
                current.Append(arguments, i + 1, close - i - 1);
                quoted = true;
                i = close;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (current.Length > 0 || quoted)
            {
                result.Add(current.ToString());
            }

            current.Clear();
            quoted = false;
        }
    }

    /// <summary>The arguments joined by spaces and split at commas, trimmed: <c>{% tabs Name, 2 %}</c>, <c>{% button /a/, Text, icon %}</c>.</summary>
    public static List<string> Commas(string arguments) =>
        string.Join(' ', Split(arguments)).Split(',').Select(a => a.Trim()).ToList();
}
