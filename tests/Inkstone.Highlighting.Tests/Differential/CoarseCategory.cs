namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>What a reader sees a character as, coarsely: the level at which Inkstone and shiki are compared.</summary>
internal enum CoarseCategory : byte
{
    Plain,
    Keyword,
    Type,
    Name,
    String,
    Comment,
    Number,
    Punctuation,
    KeyOrTag,
}

internal static class CoarseCategories
{
    public static CoarseCategory Of(TokenKind kind) => kind switch
    {
        TokenKind.Keyword or TokenKind.Constant or TokenKind.Meta => CoarseCategory.Keyword,
        TokenKind.KeywordType or TokenKind.ClassName => CoarseCategory.Type,
        TokenKind.Function or TokenKind.Builtin or TokenKind.Variable or TokenKind.Decorator => CoarseCategory.Name,
        TokenKind.String or TokenKind.StringEscape or TokenKind.Interpolation or TokenKind.Docstring => CoarseCategory.String,
        TokenKind.Comment or TokenKind.DocComment => CoarseCategory.Comment,
        TokenKind.Number => CoarseCategory.Number,
        TokenKind.Punctuation or TokenKind.Operator => CoarseCategory.Punctuation,
        TokenKind.Tag or TokenKind.Attribute or TokenKind.Property or TokenKind.Heading => CoarseCategory.KeyOrTag,
        _ => CoarseCategory.Plain,
    };

    /// <summary>Whether the category is one side of a string or comment boundary, the disagreement readers notice most.</summary>
    public static bool IsStringOrComment(CoarseCategory category) => category is CoarseCategory.String or CoarseCategory.Comment;
}
