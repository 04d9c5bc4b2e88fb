using System.Text;
using Inkstone.Data;
using Inkstone.Diagnostics;

namespace Inkstone.Bibliography;

/// <summary>
/// Reads a <c>.bib</c> file as Zotero, Google Scholar, DBLP and JabRef write them: entries in braces or parentheses,
/// values in braces (nested), quotes or bare numbers and macros, joined with <c>#</c>; <c>@string</c> macros and
/// the month names <c>jan</c>…<c>dec</c>; <c>@comment</c> and <c>@preamble</c> skipped, and text between entries
/// ignored, as BibTeX does. An entry that cannot be read is reported at its line and left out; reading goes on at
/// the next line that starts with <c>@</c>.
/// </summary>
internal static class BibtexReader
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static BibliographyFile Read(string path, string text, DiagnosticBag diagnostics)
    {
        var source = new SourceText(path, text);
        var reader = new Reader(source, diagnostics);
        return new BibliographyFile(path, reader.ReadAll());
    }

    /// <summary>Why an entry could not be read, at the offset where reading stopped.</summary>
    private sealed class MalformedEntry(int offset, string message) : Exception(message)
    {
        public int Offset { get; } = offset;
    }

    private sealed class Reader(SourceText source, DiagnosticBag diagnostics)
    {
        private readonly string _text = source.Text;
        private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, BibEntry> _entries = new(StringComparer.Ordinal);
        private int _at;

        public Dictionary<string, BibEntry> ReadAll()
        {
            for (var i = 0; i < Months.Length; i++)
            {
                _macros[Months[i]] = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(i + 1);
            }

            while (true)
            {
                var at = _text.IndexOf('@', _at);
                if (at < 0)
                {
                    break;
                }

                _at = at;
                if (at > 0 && char.IsLetterOrDigit(_text[at - 1]))
                {
                    // An address (editor@example.org) in the text between entries, which BibTeX ignores.
                    _at = at + 1;
                    continue;
                }

                try
                {
                    ReadItem();
                }
                catch (MalformedEntry problem)
                {
                    diagnostics.Warning(DiagnosticIds.BibEntryMalformed, source.LocationOf(problem.Offset), problem.Message + " The entry is left out.",
                        "Check the entry's braces and commas: each field is 'name = {value}' and fields are separated by commas.");
                    SkipToNextEntry(System.Math.Max(problem.Offset, at + 1));
                }
            }

            return _entries;
        }

        private void ReadItem()
        {
            var start = _at;
            _at++;
            var type = Identifier().ToLowerInvariant();
            SkipSpace();
            if (type == "comment")
            {
                // @comment{…} skips its braces; "@comment text" only its line.
                if (_at < _text.Length && _text[_at] is '{' or '(')
                {
                    SkipBalanced();
                }

                return;
            }

            if (type.Length == 0)
            {
                // An '@' in text between entries (an e-mail address in a note) is no entry.
                return;
            }

            if (_at >= _text.Length || _text[_at] is not ('{' or '('))
            {
                throw new MalformedEntry(_at, $"'@{type}' is not followed by '{{'.");
            }

            var close = _text[_at] == '{' ? '}' : ')';
            _at++;
            SkipSpace();
            switch (type)
            {
                case "preamble":
                    Value();
                    break;
                case "string":
                    var name = Identifier();
                    if (name.Length == 0)
                    {
                        throw new MalformedEntry(_at, "An @string has no name.");
                    }

                    SkipSpace();
                    Expect('=', "'=' after the @string's name");
                    _macros[name] = Value();
                    break;
                default:
                    ReadEntry(type, start, close);
                    return;
            }

            SkipSpace();
            Expect(close, $"'{close}' closing the @{type}");
        }

        private void ReadEntry(string type, int start, char close)
        {
            var keyStart = _at;
            while (_at < _text.Length && _text[_at] is not (',' or '}' or ')') && !char.IsWhiteSpace(_text[_at]))
            {
                _at++;
            }

            var key = _text[keyStart.._at];
            SkipSpace();
            if (key.Length == 0)
            {
                throw new MalformedEntry(keyStart, $"The @{type} entry has no key.");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            while (true)
            {
                SkipSpace();
                if (_at < _text.Length && _text[_at] == close)
                {
                    _at++;
                    break;
                }

                Expect(',', $"',' or '{close}' after the entry '{key}'");
                SkipSpace();
                if (_at < _text.Length && _text[_at] == close)
                {
                    _at++;
                    break;
                }

                var fieldAt = _at;
                var name = Identifier().ToLowerInvariant();
                if (name.Length == 0)
                {
                    throw new MalformedEntry(fieldAt, $"Expected a field name in the entry '{key}'.");
                }

                SkipSpace();
                Expect('=', $"'=' after the field '{name}'");
                var value = Value();
                // A field given twice keeps the first, as BibTeX does.
                fields.TryAdd(name, value);
            }

            var location = source.LocationOf(start);
            if (!_entries.TryAdd(key, new BibEntry(type, key, fields, location)))
            {
                diagnostics.Warning(DiagnosticIds.BibKeyDuplicate, location, $"The key '{key}' is already used by the entry at line {_entries[key].Location.Line}; this entry is left out.",
                    "Give each entry its own key.");
            }
        }

        /// <summary>One value: parts in braces, quotes, numbers or macro names, joined with '#'.</summary>
        private string Value()
        {
            var value = new StringBuilder();
            while (true)
            {
                SkipSpace();
                if (_at >= _text.Length)
                {
                    throw new MalformedEntry(_at, "The file ends inside a value.");
                }

                var c = _text[_at];
                if (c == '{')
                {
                    var end = Balanced(_at, '{', '}');
                    value.Append(_text, _at + 1, end - _at - 1);
                    _at = end + 1;
                }
                else if (c == '"')
                {
                    value.Append(Quoted());
                }
                else if (char.IsAsciiDigit(c))
                {
                    var start = _at;
                    while (_at < _text.Length && char.IsAsciiDigit(_text[_at]))
                    {
                        _at++;
                    }

                    value.Append(_text, start, _at - start);
                }
                else
                {
                    var at = _at;
                    var name = Identifier();
                    if (name.Length == 0)
                    {
                        throw new MalformedEntry(at, $"Expected a value, found '{c}'.");
                    }

                    if (_macros.TryGetValue(name, out var macro))
                    {
                        value.Append(macro);
                    }
                    else
                    {
                        diagnostics.Warning(DiagnosticIds.BibStringUndefined, source.LocationOf(at), $"'{name}' is not a @string defined before it; the name itself is used.",
                            $"Define it first (@string{{{name} = \"…\"}}) or write the value in braces.");
                        value.Append(name);
                    }
                }

                SkipSpace();
                if (_at < _text.Length && _text[_at] == '#')
                {
                    _at++;
                    continue;
                }

                return value.ToString();
            }
        }

        private string Quoted()
        {
            // Inside quotes a '"' in braces ({"}) does not end the value.
            var start = _at + 1;
            var depth = 0;
            for (var i = start; i < _text.Length; i++)
            {
                var c = _text[i];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    depth--;
                }
                else if (c == '"' && depth <= 0)
                {
                    _at = i + 1;
                    return _text[start..i];
                }
            }

            throw new MalformedEntry(_at, "A quoted value is never closed.");
        }

        private int Balanced(int open, char left, char right)
        {
            var depth = 0;
            for (var i = open; i < _text.Length; i++)
            {
                var c = _text[i];
                if (c == '\\' && i + 1 < _text.Length)
                {
                    // \{ and \} are characters, not braces.
                    i++;
                    continue;
                }

                if (c == left)
                {
                    depth++;
                }
                else if (c == right && --depth == 0)
                {
                    return i;
                }
            }

            throw new MalformedEntry(open, $"The '{left}' here is never closed.");
        }

        private void SkipBalanced()
        {
            var open = _text[_at];
            _at = Balanced(_at, open, open == '{' ? '}' : ')') + 1;
        }

        private string Identifier()
        {
            var start = _at;
            while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] is '_' or '-' or ':' or '.' or '+' or '/'))
            {
                _at++;
            }

            return _text[start.._at];
        }

        private void Expect(char c, string what)
        {
            if (_at >= _text.Length || _text[_at] != c)
            {
                var found = _at >= _text.Length ? "the end of the file" : $"'{_text[_at]}'";
                throw new MalformedEntry(_at, $"Expected {what}, found {found}.");
            }

            _at++;
        }

        private void SkipSpace()
        {
            while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
            {
                _at++;
            }
        }

        private void SkipToNextEntry(int from)
        {
            // The next '@' that starts a line (after indentation) starts the next entry.
            var i = from;
            while (i < _text.Length)
            {
                var line = _text.IndexOf('\n', i);
                if (line < 0)
                {
                    _at = _text.Length;
                    return;
                }

                var j = line + 1;
                while (j < _text.Length && _text[j] is ' ' or '\t')
                {
                    j++;
                }

                if (j < _text.Length && _text[j] == '@')
                {
                    _at = j;
                    return;
                }

                i = j;
            }

            _at = _text.Length;
        }
    }
}
