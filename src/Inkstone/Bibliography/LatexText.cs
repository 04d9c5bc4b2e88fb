using System.Text;

namespace Inkstone.Bibliography;

/// <summary>
/// Decodes the LaTeX of a BibTeX field into <see cref="BibText"/>: accents (<c>{\"o}</c>, <c>\'{e}</c>, <c>\v s</c>),
/// letters (<c>\ss</c>, <c>\o</c>, <c>\aa</c>), escaped specials (<c>\&amp;</c>), dashes and quotes, <c>~</c>, and
/// text commands (<c>\emph{…}</c>); braces protect case, except a group that starts with a command
/// (<c>{\"o}</c>), which BibTeX treats as one special character; <c>$…$</c> is math, kept as TeX.
/// </summary>
internal static class LatexText
{
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['"'] = '\u0308',
        ['\''] = '\u0301',
        ['`'] = '\u0300',
        ['^'] = '\u0302',
        ['~'] = '\u0303',
        ['='] = '\u0304',
        ['.'] = '\u0307',
        ['u'] = '\u0306',
        ['v'] = '\u030C',
        ['H'] = '\u030B',
        ['c'] = '\u0327',
        ['k'] = '\u0328',
        ['r'] = '\u030A',
        ['d'] = '\u0323',
        ['b'] = '\u0331',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß",
        ["o"] = "ø",
        ["O"] = "Ø",
        ["ae"] = "æ",
        ["AE"] = "Æ",
        ["oe"] = "œ",
        ["OE"] = "Œ",
        ["aa"] = "å",
        ["AA"] = "Å",
        ["l"] = "ł",
        ["L"] = "Ł",
        ["i"] = "ı",
        ["j"] = "ȷ",
        ["dh"] = "ð",
        ["DH"] = "Ð",
        ["th"] = "þ",
        ["TH"] = "Þ",
        ["ng"] = "ŋ",
        ["NG"] = "Ŋ",
        ["textendash"] = "–",
        ["textemdash"] = "—",
        ["ldots"] = "…",
        ["dots"] = "…",
        ["textellipsis"] = "…",
        ["textquoteleft"] = "‘",
        ["textquoteright"] = "’",
        ["textquotedblleft"] = "“",
        ["textquotedblright"] = "”",
        ["copyright"] = "©",
        ["textregistered"] = "®",
        ["texttrademark"] = "™",
        ["S"] = "§",
        ["P"] = "¶",
        ["pounds"] = "£",
        ["euro"] = "€",
        ["LaTeX"] = "LaTeX",
        ["TeX"] = "TeX",
        ["BibTeX"] = "BibTeX",
        ["textasciitilde"] = "~",
        ["textbackslash"] = "\\",
        ["slash"] = "/",
        ["textunderscore"] = "_",
        ["textbar"] = "|",
        ["textless"] = "<",
        ["textgreater"] = ">",
        ["guillemotleft"] = "«",
        ["guillemotright"] = "»",
    };

    /// <summary>Commands whose argument is text to keep; those mapped to true make it italic.</summary>
    private static readonly Dictionary<string, bool> TextCommands = new(StringComparer.Ordinal)
    {
        ["emph"] = true,
        ["textit"] = true,
        ["textsl"] = true,
        ["mkbibemph"] = true,
        ["textbf"] = false,
        ["textsc"] = false,
        ["texttt"] = false,
        ["textrm"] = false,
        ["textsf"] = false,
        ["textup"] = false,
        ["textmd"] = false,
        ["textnormal"] = false,
        ["mbox"] = false,
        ["hbox"] = false,
        ["text"] = false,
        ["url"] = false,
        ["NoCaseChange"] = false,
        ["mkbibquote"] = false,
        ["enquote"] = false,
    };

    public static BibText Decode(string raw)
    {
        var decoder = new Decoder(raw);
        decoder.Run(BibSpanKind.Text, stopAtBrace: false);
        return decoder.Result();
    }

    /// <summary>Plain Unicode text of a piece of LaTeX (names, keys of sorting).</summary>
    public static string Plain(string raw) => Decode(raw).Plain;

    private sealed class Decoder(string raw)
    {
        private readonly List<BibSpan> _spans = [];
        private readonly StringBuilder _text = new();
        private BibSpanKind _kind = BibSpanKind.Text;
        private int _at;

        public BibText Result()
        {
            Flush();
            if (_spans.Count > 0)
            {
                _spans[0] = _spans[0] with { Text = _spans[0].Text.TrimStart() };
                _spans[^1] = _spans[^1] with { Text = _spans[^1].Text.TrimEnd() };
                _spans.RemoveAll(s => s.Text.Length == 0);
            }

            return _spans.Count == 0 ? BibText.Empty : new BibText(_spans);
        }

        /// <summary>Decodes until the end, or the closing brace of the group being read when <paramref name="stopAtBrace"/>.</summary>
        public void Run(BibSpanKind kind, bool stopAtBrace)
        {
            while (_at < raw.Length)
            {
                var c = raw[_at];
                switch (c)
                {
                    case '}':
                        _at++;
                        if (stopAtBrace)
                        {
                            return;
                        }

                        break;
                    case '{':
                        _at++;
                        // {\"o} is one special character, not a protected group; {BERT} keeps its case.
                        var inner = _at < raw.Length && raw[_at] == '\\' && kind == BibSpanKind.Text ? BibSpanKind.Text : kind == BibSpanKind.Italic ? BibSpanKind.Italic : BibSpanKind.Protected;
                        Run(inner, stopAtBrace: true);
                        break;
                    case '$':
                        Math();
                        break;
                    case '\\':
                        Command(kind);
                        break;
                    case '~':
                        Append(kind, "\u00A0");
                        _at++;
                        break;
                    case '-' when At("---"):
                        Append(kind, "—");
                        _at += 3;
                        break;
                    case '-' when At("--"):
                        Append(kind, "–");
                        _at += 2;
                        break;
                    case '`' when At("``"):
                        Append(kind, "“");
                        _at += 2;
                        break;
                    case '\'' when At("''"):
                        Append(kind, "”");
                        _at += 2;
                        break;
                    case '`':
                        Append(kind, "‘");
                        _at++;
                        break;
                    case '\'':
                        Append(kind, "’");
                        _at++;
                        break;
                    case ' ' or '\t' or '\r' or '\n':
                        while (_at < raw.Length && raw[_at] is ' ' or '\t' or '\r' or '\n')
                        {
                            _at++;
                        }

                        Append(kind, " ");
                        break;
                    default:
                        Append(kind, c.ToString());
                        _at++;
                        break;
                }
            }
        }

        private bool At(string text) => string.CompareOrdinal(raw, _at, text, 0, text.Length) == 0;

        private void Math()
        {
            var display = At("$$");
            var open = display ? 2 : 1;
            var end = raw.IndexOf(display ? "$$" : "$", _at + open, StringComparison.Ordinal);
            if (end < 0)
            {
                Append(BibSpanKind.Text, "$");
                _at++;
                return;
            }

            Flush();
            _spans.Add(new BibSpan(BibSpanKind.Math, raw[(_at + open)..end].Trim()));
            _at = end + open;
        }

        private void Command(BibSpanKind kind)
        {
            _at++;
            if (_at >= raw.Length)
            {
                return;
            }

            var first = raw[_at];
            if (!char.IsAsciiLetter(first))
            {
                _at++;
                if (Accents.TryGetValue(first, out var accent))
                {
                    Accent(kind, accent);
                }
                else
                {
                    // \& \% \$ \# \_ \{ \} are the character; "\\" and "\ " a space.
                    Append(kind, first is '\\' or ' ' ? " " : first.ToString());
                }

                return;
            }

            var start = _at;
            while (_at < raw.Length && char.IsAsciiLetter(raw[_at]))
            {
                _at++;
            }

            var name = raw[start.._at];
            if (name.Length == 1 && Accents.TryGetValue(name[0], out var letterAccent) && !Symbols.ContainsKey(name))
            {
                Accent(kind, letterAccent);
                return;
            }

            if (Symbols.TryGetValue(name, out var symbol))
            {
                // A space after a command word only ends it: "\ss e" is "ße"; "{}" after it is nothing.
                SkipSpaces();
                if (At("{}"))
                {
                    _at += 2;
                }

                Append(kind, symbol);
                return;
            }

            SkipSpaces();
            if (_at < raw.Length && raw[_at] == '{')
            {
                _at++;
                var italic = TextCommands.TryGetValue(name, out var isItalic) && isItalic;
                if (name == "href")
                {
                    // \href{url}{text}: the text is what shows.
                    SkipGroup();
                    SkipSpaces();
                    if (_at < raw.Length && raw[_at] == '{')
                    {
                        _at++;
                    }
                }

                Run(italic ? BibSpanKind.Italic : kind, stopAtBrace: true);
            }
        }

        private void Accent(BibSpanKind kind, char combining)
        {
            // \"o, \"{o}, {\"o}, \v s, \'{\i}: one letter (or a dotless i) takes the accent.
            SkipSpaces();
            string letter;
            if (_at < raw.Length && raw[_at] == '{')
            {
                var close = raw.IndexOf('}', _at);
                var inside = close < 0 ? raw[(_at + 1)..] : raw[(_at + 1)..close];
                _at = close < 0 ? raw.Length : close + 1;
                letter = inside.Trim() switch
                {
                    "\\i" => "i",
                    "\\j" => "j",
                    var other => other,
                };
            }
            else if (At("\\i") || At("\\j"))
            {
                letter = raw[_at + 1].ToString();
                _at += 2;
            }
            else if (_at < raw.Length)
            {
                letter = raw[_at].ToString();
                _at++;
            }
            else
            {
                letter = "";
            }

            Append(kind, (letter + combining).Normalize(NormalizationForm.FormC));
        }

        private void SkipGroup()
        {
            var depth = 0;
            while (_at < raw.Length)
            {
                var c = raw[_at++];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && --depth <= 0)
                {
                    return;
                }
            }
        }

        private void SkipSpaces()
        {
            while (_at < raw.Length && raw[_at] == ' ')
            {
                _at++;
            }
        }

        private void Append(BibSpanKind kind, string text)
        {
            if (kind != _kind)
            {
                Flush();
                _kind = kind;
            }

            // Runs of white space, also across a brace, become one space.
            if (text == " " && (_text.Length > 0 ? _text[^1] == ' ' : _spans.Count > 0 && _spans[^1].Text.EndsWith(' ')))
            {
                return;
            }

            _text.Append(text);
        }

        private void Flush()
        {
            if (_text.Length > 0)
            {
                _spans.Add(new BibSpan(_kind, _text.ToString()));
                _text.Clear();
            }
        }
    }
}
