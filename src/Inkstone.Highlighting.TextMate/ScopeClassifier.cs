using System.Collections.Frozen;

namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// Maps a token's TextMate scopes onto the token kinds the hand-written lexers emit, so both paths share one
/// palette (README, "Scopes and token classes", shows the table). The innermost scope that the table knows
/// decides; a scope is matched by its longest dotted prefix (<c>entity.name.function.ts</c> by
/// <c>entity.name.function</c>). Code embedded in another language (<c>meta.embedded</c>, <c>source.*</c>)
/// stops the search, so the variables inside a string's interpolation are not coloured as the string.
/// </summary>
internal static class ScopeClassifier
{
    private static readonly FrozenDictionary<string, TokenKind> Table = new Dictionary<string, TokenKind>(StringComparer.Ordinal)
    {
        ["comment"] = TokenKind.Comment,
        ["comment.block.documentation"] = TokenKind.DocComment,
        ["comment.documentation"] = TokenKind.DocComment,
        ["punctuation.definition.comment"] = TokenKind.Comment,

        ["string"] = TokenKind.String,
        ["string.quoted.docstring"] = TokenKind.Docstring,
        ["punctuation.definition.string"] = TokenKind.String,
        ["constant.character.escape"] = TokenKind.StringEscape,
        ["constant.character"] = TokenKind.String,
        ["constant.other.placeholder"] = TokenKind.Interpolation,
        ["punctuation.definition.template-expression"] = TokenKind.Interpolation,
        ["punctuation.section.embedded"] = TokenKind.Interpolation,
        ["punctuation.section.interpolation"] = TokenKind.Interpolation,
        ["markup.raw"] = TokenKind.String,
        ["markup.inline.raw"] = TokenKind.String,

        ["constant.numeric"] = TokenKind.Number,
        ["constant.language"] = TokenKind.Constant,
        ["constant.other"] = TokenKind.Constant,
        ["support.constant"] = TokenKind.Constant,
        ["variable.other.constant"] = TokenKind.Constant,
        ["entity.name.constant"] = TokenKind.Constant,

        ["keyword"] = TokenKind.Keyword,
        ["keyword.operator"] = TokenKind.Operator, // a keyword.operator spelt in letters (new, and, instanceof) is a keyword: see Classify
        ["keyword.control.directive"] = TokenKind.Meta,
        ["keyword.other.directive"] = TokenKind.Meta,
        ["meta.preprocessor"] = TokenKind.Meta,
        ["punctuation.definition.directive"] = TokenKind.Meta,
        ["storage.modifier"] = TokenKind.Keyword,
        ["storage.type"] = TokenKind.KeywordType, // storage.type that declares (class, function, let) is a keyword: see Classify
        ["variable.language"] = TokenKind.Keyword,

        ["entity.name.type"] = TokenKind.ClassName,
        ["entity.name.class"] = TokenKind.ClassName,
        ["entity.name.namespace"] = TokenKind.ClassName,
        ["entity.other.inherited-class"] = TokenKind.ClassName,
        ["support.class"] = TokenKind.ClassName,
        ["support.type"] = TokenKind.KeywordType,
        ["support.type.property-name"] = TokenKind.Property,

        ["entity.name.function"] = TokenKind.Function,
        ["entity.name.function.decorator"] = TokenKind.Decorator,
        ["meta.decorator"] = TokenKind.Decorator,
        ["punctuation.decorator"] = TokenKind.Decorator,
        ["storage.type.annotation"] = TokenKind.Decorator,
        ["support.function"] = TokenKind.Builtin,
        ["support.variable"] = TokenKind.Builtin,

        ["variable"] = TokenKind.Variable,
        ["variable.other.readwrite"] = TokenKind.Text,
        ["variable.other.object"] = TokenKind.Text,
        ["variable.other.property"] = TokenKind.Text,
        ["variable.other.member"] = TokenKind.Text,
        ["variable.other.local"] = TokenKind.Text,
        ["variable.parameter"] = TokenKind.Text,
        ["variable.function"] = TokenKind.Function,

        ["entity.name.tag"] = TokenKind.Tag,
        ["entity.other.attribute-name"] = TokenKind.Attribute,
        ["meta.object-literal.key"] = TokenKind.Property,
        ["meta.mapping.key"] = TokenKind.Property,
        ["keyword.other.definition.ini"] = TokenKind.Property, // an INI key, as TOML's and YAML's keys
        ["entity.name.section"] = TokenKind.Heading,
        ["markup.heading"] = TokenKind.Heading,
        ["meta.diff.range"] = TokenKind.Heading,
        ["meta.diff.header"] = TokenKind.Heading,
        ["markup.inserted"] = TokenKind.Inserted,
        ["markup.deleted"] = TokenKind.Deleted,
        ["markup.bold"] = TokenKind.Strong,
        ["markup.italic"] = TokenKind.Emphasis,
        ["markup.underline.link"] = TokenKind.String,

        ["punctuation"] = TokenKind.Punctuation,
        ["invalid"] = TokenKind.Text,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> Lookup = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    // storage.type.X that introduces a declaration reads as a keyword (VS Code's themes colour them so).
    private static readonly FrozenSet<string> DeclaringStorage = FrozenSet.Create(StringComparer.Ordinal,
        "function", "fn", "def", "class", "interface", "enum", "struct", "namespace", "trait", "module", "impl", "union",
        "import", "let", "var", "const", "variable", "object", "extension", "protocol", "actor", "typealias", "package",
        "macro", "template", "type", "method", "property", "record", "data", "instance", "newtype", "sub", "proc", "signal");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeclaringLookup = DeclaringStorage.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The token kind for a token of <paramref name="text"/> whose scopes are <paramref name="scopes"/>, root first.</summary>
    public static TokenKind Classify(IReadOnlyList<string> scopes, ReadOnlySpan<char> text)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var scope = scopes[i].AsSpan();
            if (scope.StartsWith("meta.embedded") || scope.StartsWith("source.") || scope.StartsWith("meta.interpolation"))
            {
                return TokenKind.Text;
            }

            if (Match(scope, out var prefix) is not { } kind)
            {
                continue;
            }

            return kind switch
            {
                TokenKind.Operator when IsWord(text) => TokenKind.Keyword,
                TokenKind.KeywordType when prefix.Equals("storage.type", StringComparison.Ordinal) && DeclaringLookup.Contains(Segment(scope, 2)) => TokenKind.Keyword,
                _ => kind,
            };
        }

        return TokenKind.Text;
    }

    private static TokenKind? Match(ReadOnlySpan<char> scope, out ReadOnlySpan<char> prefix)
    {
        prefix = scope;
        while (true)
        {
            if (Lookup.TryGetValue(prefix, out var kind))
            {
                return kind;
            }

            var dot = prefix.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            prefix = prefix[..dot];
        }
    }

    /// <summary>The dot-separated segment at <paramref name="index"/>, or empty.</summary>
    private static ReadOnlySpan<char> Segment(ReadOnlySpan<char> scope, int index)
    {
        foreach (var range in scope.Split('.'))
        {
            if (index-- == 0)
            {
                return scope[range];
            }
        }

        return [];
    }

    private static bool IsWord(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && !trimmed.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");
    }
}
