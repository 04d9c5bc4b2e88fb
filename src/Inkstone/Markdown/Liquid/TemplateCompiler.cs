using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Inkstone.Diagnostics;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Turns a post (or an include) into a Fluid template. Liquid's own tags and outputs are given to Fluid as written;
/// everything Inkstone renders itself (code, raw bodies, Jekyll's and Hexo's tags, includes) becomes a placeholder
/// that keeps the lines of what it replaces, so Fluid's line numbers are the file's. A part Fluid cannot read is
/// reported at its own line and column and left out, and the rest is compiled again: a post always renders.
/// </summary>
internal static partial class TemplateCompiler
{
    public static CompiledTemplate Compile(string text, TagCatalog catalog, PostTemplateParser parser, Func<int, SourceLocation> locate, TemplateProblems problems)
    {
        var tokens = TemplateScanner.Scan(text, catalog.Dialect, catalog.HasCodeBody, catalog.ShortcodeHasCodeBody);
        var structure = TemplateStructure.Read(text, tokens, catalog, locate, problems);
        for (var attempt = 0; attempt <= tokens.Count; attempt++)
        {
            var emitted = Emit(text, tokens, structure, catalog, problems);
            if (parser.TryParse(emitted.Source, out var template, out var error))
            {
                return new CompiledTemplate(template, emitted.Pieces);
            }

            var offset = ErrorOffset(emitted.Source, error);
            var culprit = Array.FindLastIndex(emitted.Spans, s => s.Start <= offset);
            while (culprit >= 0 && structure.Roles[culprit] is not (TokenRole.Liquid or TokenRole.Include))
            {
                culprit--;
            }

            if (culprit < 0)
            {
                break;
            }

            var token = tokens[culprit];
            var inside = structure.Roles[culprit] == TokenRole.Liquid ? System.Math.Clamp(offset - emitted.Spans[culprit].Start, 0, token.End - token.Start - 1) : 0;
            problems.Syntax(locate(token.Start + inside), $"Liquid cannot read '{Shorten(text[token.Start..token.End])}': {Reason(error)}.");
            structure.Drop(culprit);
        }

        // Unreachable unless Fluid refuses a template of text and placeholders only: the post is then shown as written.
        parser.TryParse("{%_p 1%}", out var literal, out _);
        return new CompiledTemplate(literal, [TemplatePiece.Nothing, new TemplatePiece(TemplatePieceKind.Literal, text)]);
    }

    private static EmittedTemplate Emit(string text, IReadOnlyList<TemplateToken> tokens, TemplateStructure structure, TagCatalog catalog, TemplateProblems problems)
    {
        var source = new StringBuilder(text.Length + 64);
        var pieces = new List<TemplatePiece> { TemplatePiece.Nothing };
        var spans = new (int Start, int End)[tokens.Count];
        var brace = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var start = source.Length;
            var call = structure.Calls[i];
            switch (structure.Roles[i])
            {
                case TokenRole.Text:
                    for (var c = token.Start; c < token.End; c++)
                    {
                        // A brace that only looks like Liquid ("{{" in prose where Liquid is not evaluated) is written as it is.
                        if (text[c] == '{' && c + 1 < text.Length && text[c + 1] is '{' or '%')
                        {
                            brace = brace < 0 ? Add(pieces, new TemplatePiece(TemplatePieceKind.Literal, "{")) : brace;
                            source.Append("{%_p ").Append(brace).Append("%}");
                        }
                        else
                        {
                            source.Append(text[c]);
                        }
                    }

                    break;
                case TokenRole.Liquid:
                    source.Append(text, token.Start, token.End - token.Start);
                    break;
                case TokenRole.Literal:
                    Placeholder(source, "_p", Add(pieces, new TemplatePiece(TemplatePieceKind.Literal, token.Content ?? "")), text, token, trim: false);
                    break;
                case TokenRole.Tag:
                    Placeholder(source, "_p", Add(pieces, new TemplatePiece(TemplatePieceKind.Tag, token.Content ?? "", call, catalog.Find(token.Name))), text, token, trim: true);
                    break;
                case TokenRole.BlockOpen:
                    Placeholder(source, "_b", Add(pieces, new TemplatePiece(TemplatePieceKind.Block, "", call, catalog.Find(token.Name))), text, token, trim: true);
                    break;
                case TokenRole.BlockClose:
                    Placeholder(source, "end_b", -1, text, token, trim: true);
                    break;
                case TokenRole.Include when IncludeArguments(token.Arguments) is { } arguments:
                    var piece = Add(pieces, new TemplatePiece(TemplatePieceKind.Include, "", call));
                    source.Append("{%_i ").Append(piece).Append(", ").Append(arguments).Append('\n', Newlines(text, token)).Append("%}");
                    break;
                case TokenRole.Include:
                    problems.Syntax(call!.Location, $"Inkstone cannot read the include '{call.Written}'.", "Write it as Jekyll does: {% include name.html key=\"value\" other=page.variable %}.");
                    structure.Drop(i);
                    Placeholder(source, "_p", 0, text, token, trim: false);
                    break;
                default:
                    Placeholder(source, "_p", 0, text, token, trim: false);
                    break;
            }

            spans[i] = (start, source.Length);
        }

        return new EmittedTemplate(source.ToString(), pieces, spans);
    }

    private static int Add(List<TemplatePiece> pieces, TemplatePiece piece)
    {
        pieces.Add(piece);
        return pieces.Count - 1;
    }

    /// <summary><c>{%_p 3%}</c> with the line breaks of the text it replaces, so that Fluid's lines stay the file's.</summary>
    private static void Placeholder(StringBuilder source, string tag, int piece, string text, TemplateToken token, bool trim)
    {
        source.Append(trim && token.TrimBefore ? "{%-" : "{%").Append(tag);
        if (piece >= 0)
        {
            source.Append(' ').Append(piece);
        }

        source.Append('\n', Newlines(text, token)).Append(trim && token.TrimAfter ? "-%}" : "%}");
    }

    private static int Newlines(string text, TemplateToken token) => text.AsSpan(token.Start, token.End - token.Start).Count('\n');

    /// <summary>Jekyll's <c>name.html key="value" other=page.x</c> as Fluid's <c>"name.html", key: "value", other: page.x</c>; null when it is not that.</summary>
    private static string? IncludeArguments(string arguments)
    {
        var match = IncludeSyntax().Match(arguments);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var result = new StringBuilder(name[0] switch
        {
            '{' => name[2..^2].Trim(),
            '"' or '\'' => name,
            _ => Quote(name),
        });
        var keys = match.Groups["key"].Captures;
        var values = match.Groups["value"].Captures;
        for (var i = 0; i < keys.Count; i++)
        {
            var value = values[i].Value;
            result.Append(", ").Append(keys[i].Value).Append(": ").Append(value.StartsWith("{{", StringComparison.Ordinal) ? value[2..^2].Trim() : value);
        }

        return result.ToString();
    }

    private static string Quote(string value) => value.Contains('"', StringComparison.Ordinal) ? $"'{value}'" : $"\"{value}\"";

    private static int ErrorOffset(string source, string error)
    {
        var match = ErrorPosition().Match(error);
        if (!match.Success)
        {
            return source.Length;
        }

        var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var offset = 0;
        for (var l = 1; l < line && offset >= 0; l++)
        {
            offset = source.IndexOf('\n', offset) + 1;
            if (offset == 0)
            {
                return source.Length;
            }
        }

        return System.Math.Min(source.Length, offset + column - 1);
    }

    private static string Reason(string error) => ErrorPosition().Replace(error.Split('\n')[0], "").Trim().TrimEnd('.');

    private static string Shorten(string written) => written.Length <= 60 ? written.ReplaceLineEndings(" ") : written[..57].ReplaceLineEndings(" ") + "...";

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)")]
    private static partial Regex ErrorPosition();

    [GeneratedRegex("""^(?<name>\{\{.*?\}\}|"[^"]*"|'[^']*'|[^\s]+)(?:\s+(?<key>[\w-]+)\s*=\s*(?<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\{\{.*?\}\}|[^\s"']+))*\s*$""", RegexOptions.Singleline)]
    private static partial Regex IncludeSyntax();
}
