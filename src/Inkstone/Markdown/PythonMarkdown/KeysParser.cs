using System.Collections.Frozen;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Inkstone.Markdown.PythonMarkdown;

/// <summary>
/// Reads <c>++ctrl+alt+del++</c> as <see cref="KeysInline"/>: keys joined by <c>+</c>, each a name (<c>ctrl</c>,
/// <c>page-up</c>, a letter) or a quoted label (<c>++ctrl+"My Key"++</c>).
/// </summary>
internal sealed class KeysParser : InlineParser
{
    // The names pymdownx.keys knows best, shown as keyboards print them; any other name is shown with a capital.
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ctrl"] = "Ctrl",
        ["control"] = "Ctrl",
        ["alt"] = "Alt",
        ["option"] = "Option",
        ["shift"] = "Shift",
        ["cmd"] = "Cmd",
        ["command"] = "Cmd",
        ["meta"] = "Meta",
        ["win"] = "Win",
        ["windows"] = "Win",
        ["super"] = "Super",
        ["fn"] = "Fn",
        ["del"] = "Del",
        ["delete"] = "Del",
        ["backspace"] = "Backspace",
        ["enter"] = "Enter",
        ["return"] = "Return",
        ["esc"] = "Esc",
        ["escape"] = "Esc",
        ["tab"] = "Tab",
        ["space"] = "Space",
        ["spacebar"] = "Space",
        ["insert"] = "Ins",
        ["ins"] = "Ins",
        ["home"] = "Home",
        ["end"] = "End",
        ["page-up"] = "Page Up",
        ["page-down"] = "Page Down",
        ["caps-lock"] = "Caps Lock",
        ["arrow-up"] = "↑",
        ["arrow-down"] = "↓",
        ["arrow-left"] = "←",
        ["arrow-right"] = "→",
        ["up"] = "↑",
        ["down"] = "↓",
        ["left"] = "←",
        ["right"] = "→",
        ["print-screen"] = "Print Screen",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public KeysParser() => OpeningCharacters = ['+'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (slice.PeekChar() != '+' || slice.PeekCharExtra(-1) == '+')
        {
            return false;
        }

        var close = text.IndexOf("++", start + 2, StringComparison.Ordinal);
        if (close < 0 || close > slice.End - 1 || close == start + 2)
        {
            return false;
        }

        var keys = new List<string>();
        foreach (var part in text[(start + 2)..close].Split('+'))
        {
            var key = part.Trim();
            if (key.Length >= 2 && key[0] == '"' && key[^1] == '"')
            {
                keys.Add(key[1..^1]);
            }
            else if (key.Length > 0 && key.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
            {
                keys.Add(Names.TryGetValue(key, out var name) ? name : char.ToUpperInvariant(key[0]) + key[1..]);
            }
            else
            {
                return false;
            }
        }

        processor.Inline = new KeysInline
        {
            Keys = keys,
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
