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
        ["constant.character"] = TokenKind.Constant, // LaTeX's \pi in math: VS Code's Dark+ colours constant.character as a constant
        ["constant.character.format.placeholder"] = TokenKind.Interpolation, // Python's %s and {}, as constant.other.placeholder
        ["constant.other.rune"] = TokenKind.String, // the character of Go's 'x', inside its quotes
        ["constant.other.placeholder"] = TokenKind.Interpolation,
        ["punctuation.definition.template-expression"] = TokenKind.Interpolation,
        ["punctuation.section.embedded"] = TokenKind.Interpolation,
        ["punctuation.section.interpolation"] = TokenKind.Interpolation,
        ["punctuation.definition.interpolation"] = TokenKind.Interpolation, // C#'s and Rust's { } in a string
        ["markup.raw"] = TokenKind.String,
        ["markup.inline.raw"] = TokenKind.String,

        ["constant.numeric"] = TokenKind.Number,
        ["constant.language"] = TokenKind.Constant,
        ["constant.other"] = TokenKind.Constant,
        ["constant.other.color"] = TokenKind.Number, // #0b6bcb, as the hand-written CSS lexer shows it
        ["constant.other.database-name"] = TokenKind.Text, // SQL's qualified names are names
        ["constant.other.table-name"] = TokenKind.Text,
        ["support.constant"] = TokenKind.Constant,
        ["variable.other.constant"] = TokenKind.Text, // const x, MAX_SIZE: names, plain as the hand-written lexers leave them
        ["entity.name.constant"] = TokenKind.Constant,

        ["keyword"] = TokenKind.Keyword,
        ["keyword.type"] = TokenKind.KeywordType, // C#'s int, string: built-in types, as storage.type is in C and Java (Go's `type` declares: see Classify)
        ["keyword.operator"] = TokenKind.Operator, // a keyword.operator spelt in letters (new, and, instanceof) is a keyword: see Classify
        ["keyword.control.directive"] = TokenKind.Meta,
        ["keyword.other.directive"] = TokenKind.Meta,
        ["meta.preprocessor"] = TokenKind.Meta,
        ["punctuation.definition.directive"] = TokenKind.Meta,
        ["storage.modifier"] = TokenKind.Keyword,
        ["storage.modifier.import"] = TokenKind.Text, // Java's package paths: names, as VS Code's Dark+ exempts them
        ["storage.modifier.package"] = TokenKind.Text,
        ["storage.type"] = TokenKind.KeywordType, // storage.type that declares (class, function, let) is a keyword: see Classify
        ["storage.type.numeric.bigint"] = TokenKind.Number, // 10n, 0x: a number's prefix or suffix
        ["storage.type.number"] = TokenKind.Number,
        ["storage.type.string.python"] = TokenKind.String, // Python's r"" and f"" prefixes (Go's storage.type.string is its type)
        ["storage.type.modifier"] = TokenKind.Keyword, // C++'s public:, C#'s modifiers: keywords, however the grammar files them
        ["variable.language"] = TokenKind.Keyword,

        ["entity.name.type"] = TokenKind.ClassName,
        ["entity.name.class"] = TokenKind.ClassName,
        ["entity.name.namespace"] = TokenKind.ClassName,
        ["entity.name.scope-resolution"] = TokenKind.ClassName, // C++'s std:: , in VS Code's type colour as a namespace
        ["entity.other.inherited-class"] = TokenKind.ClassName,
        ["support.class"] = TokenKind.ClassName,
        ["support.type"] = TokenKind.KeywordType,
        ["support.type.property-name"] = TokenKind.Property,

        ["entity.name.function"] = TokenKind.Function,
        ["entity.name.function.decorator"] = TokenKind.Decorator,
        ["meta.decorator"] = TokenKind.Decorator,
        ["punctuation.decorator"] = TokenKind.Decorator,
        ["punctuation.definition.annotation"] = TokenKind.Decorator, // Java's @, as TypeScript's punctuation.decorator
        ["storage.type.annotation"] = TokenKind.Decorator,
        ["support.function"] = TokenKind.Builtin,
        ["support.variable"] = TokenKind.Builtin,
        ["support.variable.property"] = TokenKind.Text, // .length: in VS Code's themes the colour of any other property

        // Only a variable with a sigil ($x, @x, %x%) is coloured, as in the hand-written lexers; a name after its
        // sigil (PHP's and PowerShell's grammars scope them apart) goes with it: see TextMateLexer.
        ["variable"] = TokenKind.Text,
        ["variable.other.readwrite"] = TokenKind.Text,
        ["variable.other.readwrite.instance"] = TokenKind.Variable, // Ruby's @x, @@x and $x
        ["variable.other.readwrite.class"] = TokenKind.Variable,
        ["variable.other.readwrite.global"] = TokenKind.Variable,
        ["punctuation.definition.variable"] = TokenKind.Variable,
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
        ["variable.other.key"] = TokenKind.Property, // TOML's keys
        ["variable.css"] = TokenKind.Variable, // --custom-property, $scss, @less
        ["variable.scss"] = TokenKind.Variable,
        ["variable.other.less"] = TokenKind.Variable,
        ["keyword.other.definition.ini"] = TokenKind.Property, // an INI key, as TOML's and YAML's keys
        ["entity.name.section"] = TokenKind.Heading,
        ["markup.heading"] = TokenKind.Heading,
        ["meta.diff.range"] = TokenKind.Heading,
        ["meta.diff.header"] = TokenKind.Heading,
        ["markup.inserted"] = TokenKind.Inserted,
        ["markup.deleted"] = TokenKind.Deleted,
        ["markup.bold"] = TokenKind.Strong,
        ["markup.italic"] = TokenKind.Emphasis,
        ["markup.underline.link"] = TokenKind.Attribute, // a link's address, as the hand-written Markdown lexer shows it

        ["punctuation"] = TokenKind.Punctuation, // punctuation.definition.X takes the kind of what it delimits: see Classify
        ["punctuation.support.type.property-name"] = TokenKind.Property, // the quotes of a JSON key
        ["meta.brace"] = TokenKind.Punctuation, // TypeScript's and JavaScript's brackets carry no punctuation scope
        ["meta.bracket"] = TokenKind.Punctuation,
        ["keyword.other.unit"] = TokenKind.Number, // 10px, 1.0f: the hand-written lexers keep a unit or suffix with its number
        ["constant.other.option"] = TokenKind.Attribute, // a command's flag
        ["invalid"] = TokenKind.Text,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> Lookup = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    // storage.type that introduces a declaration (by its scope's third segment or its text) reads as a keyword, as VS Code's themes colour it.
    private static readonly FrozenSet<string> DeclaringStorage = FrozenSet.Create(StringComparer.Ordinal,
        "function", "fn", "def", "class", "interface", "enum", "struct", "namespace", "trait", "module", "impl", "union",
        "import", "let", "var", "const", "variable", "object", "extension", "protocol", "actor", "typealias", "package",
        "macro", "template", "type", "method", "property", "record", "data", "instance", "newtype", "sub", "proc", "signal",
        "fun", "val", "func", "defn", "local", "my", "our", "readonly", "typedef", "alias", "mod", "defmodule");

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> WordCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeclaringLookup = DeclaringStorage.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The token kind for a token of <paramref name="text"/> whose scopes are <paramref name="scopes"/>, root first.</summary>
    public static TokenKind Classify(IReadOnlyList<string> scopes, ReadOnlySpan<char> text)
    {
        if (InsideNumber(scopes))
        {
            return TokenKind.Number; // a suffix inside a number (Rust's 0usize, entity.name.type) stays with its number, as keyword.other.unit does
        }

        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var scope = scopes[i].AsSpan();
            if (scope.EndsWith("-ignored-vscode"))
            {
                continue; // VS Code's own marker on the < of HTML's </style>: the tag's punctuation decides
            }

            if ((scope.StartsWith("meta.interpolation") || scope.StartsWith("source.")) && i == scopes.Count - 1 && i > 0)
            {
                // Nothing scoped inside the embedded code (HTML's closing quote of onclick="f()" ends in source.js): the
                // enclosing scopes decide, as in VS Code, where the deepest scope a theme knows wins.
                continue;
            }

            if (scope.StartsWith("meta.interpolation") && i == scopes.Count - 1)
            {
                continue; // unscoped text in an interpolation (Rust's {:?}) keeps its string's colour: VS Code's themes have no rule for it
            }

            if (scope.StartsWith("meta.embedded") || scope.StartsWith("source.") || scope.StartsWith("meta.interpolation"))
            {
                return TokenKind.Text;
            }

            if (Match(scope, out var prefix) is not { } kind)
            {
                continue;
            }

            if (prefix.StartsWith("meta.") && kind == TokenKind.Punctuation && text.Trim().ContainsAny(WordCharacters))
            {
                continue; // meta.bracket spans what is between the brackets (C's a[i]): only the brackets are punctuation
            }

            if (prefix.Length == "punctuation".Length && scope.StartsWith("punctuation.definition.") && Enclosing(scopes, i - 1) is { } enclosing)
            {
                return enclosing != TokenKind.StringEscape && InsideRegex(scopes, i) ? TokenKind.String : enclosing;
            }

            return kind switch
            {
                TokenKind.Text when prefix.StartsWith("variable") && text.TrimStart().StartsWith("--") => TokenKind.Variable, // CSS's --custom-property
                // A regular expression's anchors, classes and groups stay one string, as the hand-written lexers show it.
                _ when kind != TokenKind.StringEscape && InsideRegex(scopes, i) => TokenKind.String,
                TokenKind.Operator when IsWord(text) => TokenKind.Keyword,
                TokenKind.Text when prefix.StartsWith("variable") && text.TrimStart() is ['$' or '@' or '%', _, ..] => TokenKind.Variable,
                TokenKind.KeywordType when prefix.Equals("storage.type", StringComparison.Ordinal) && !IsWord(text) => TokenKind.Operator,
                TokenKind.KeywordType when prefix.Equals("keyword.type", StringComparison.Ordinal) && DeclaringLookup.Contains(text.Trim()) => TokenKind.Keyword,
                TokenKind.KeywordType when prefix.Equals("storage.type", StringComparison.Ordinal)
                    && (DeclaringLookup.Contains(Segment(scope, 2)) || DeclaringLookup.Contains(text.Trim())) => TokenKind.Keyword,
                _ => kind,
            };
        }

        return TokenKind.Text;
    }

    /// <summary>The kind of the nearest enclosing scope the table knows, or null (none, or embedded code first).</summary>
    private static TokenKind? Enclosing(IReadOnlyList<string> scopes, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            var scope = scopes[i].AsSpan();
            if (scope.StartsWith("meta.embedded") || scope.StartsWith("source.") || scope.StartsWith("meta.interpolation"))
            {
                return null;
            }

            if (Match(scope, out var prefix) is { } kind && kind != TokenKind.Text)
            {
                // JSDoc's @ in storage.type.class.jsdoc: a declaring storage.type is a keyword here as in Classify.
                return kind == TokenKind.KeywordType && prefix.Equals("storage.type", StringComparison.Ordinal) && DeclaringLookup.Contains(Segment(scope, 2))
                    ? TokenKind.Keyword
                    : kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the innermost scope names a variable: after a sigil, such a token is the sigil's name. Less scopes the
    /// name after <c>@</c> <c>support.other.variable</c> inside <c>variable.other.readwrite</c>, which VS Code's theme
    /// colours as the variable it is part of.
    /// </summary>
    public static bool IsVariable(IReadOnlyList<string> scopes) =>
        scopes.Count > 0 && (scopes[^1].StartsWith("variable.other", StringComparison.Ordinal)
            || (scopes[^1].StartsWith("support.other.variable", StringComparison.Ordinal) && scopes.Count > 1 && scopes[^2].StartsWith("variable.other", StringComparison.Ordinal)));

    private static bool InsideNumber(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].StartsWith("constant.numeric", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideRegex(IReadOnlyList<string> scopes, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (scopes[i].StartsWith("string.regexp", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
        return trimmed.ContainsAny(Letters) && !trimmed.ContainsAnyExcept(WordCharacters);
    }
}
