namespace Inkstone.Bibliography;

/// <summary>What a piece of a field's text is: plain words, words in braces that keep their case, or TeX math.</summary>
internal enum BibSpanKind : byte
{
    Text,

    /// <summary>Written in braces (<c>{BERT}</c>): a style that changes the case of a title leaves it as written.</summary>
    Protected,

    /// <summary>Between <c>$</c> signs: the TeX as written, compiled by the formatter.</summary>
    Math,

    /// <summary>Inside <c>\emph</c> or <c>\textit</c>.</summary>
    Italic,
}

/// <summary>One piece of a decoded field value.</summary>
internal readonly record struct BibSpan(BibSpanKind Kind, string Text);
