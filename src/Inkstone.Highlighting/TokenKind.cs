namespace Inkstone.Highlighting;

/// <summary>The fixed set of token categories a lexer can emit; each maps to one short CSS class.</summary>
internal enum TokenKind : byte
{
    /// <summary>Plain text: identifiers, whitespace, output lines. Rendered without a span.</summary>
    Text,
    Keyword,
    KeywordType,
    Constant,
    Builtin,
    String,
    StringEscape,
    Interpolation,
    Docstring,
    Comment,
    DocComment,
    Number,
    Function,
    ClassName,
    Decorator,
    Operator,
    Punctuation,
    Variable,
    Tag,
    Attribute,
    Property,
    Heading,
    Inserted,
    Deleted,
    Meta,
    Prompt,
    Emphasis,
    Strong,

    /// <summary>Text that is not shown: a terminal's escape sequences, whose effect the tokens around them carry.</summary>
    Hidden,
}
