using System.Globalization;
using System.Text;

namespace Inkstone.Cli;

/// <summary>
/// Text from a site (a title, a date, a source line) made safe to print: control characters are shown as
/// <c>\x1B</c> instead of being sent, so a post cannot ring the bell, recolour or move the writer's
/// terminal through a diagnostic that quotes it. Tabs stay, for the caret to line up.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                escaped.Append("\\x").Append(((int)c).ToString(c > 0xFF ? "X4" : "X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    // C0 and C1 controls and DEL (0x9B is a one-byte escape sequence to some terminals).
    private static bool IsControl(char c) => c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F));
}
