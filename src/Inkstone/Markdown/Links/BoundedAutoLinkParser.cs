using System.Buffers;
using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Inkstone.Markdown.Links;

/// <summary>
/// GFM's bare autolinks, ending where Chinese punctuation starts. They run to the next space, and Chinese has none:
/// in "地址是 https://example.org/，填表图在[这里](/x)" the link swallowed "，填表图在" and the link after it. A full-width
/// comma, stop, colon, bracket or quote never belongs to an address, so Markdig's parser is shown the text only up to
/// it; Chinese letters in a path (<c>https://zh.wikipedia.org/wiki/堆</c>) stay part of the address.
/// </summary>
internal sealed class BoundedAutoLinkParser : InlineParser
{
    /// <summary>CJK and full-width punctuation: 、。《》「」『』【】 and the full-width forms of ASCII punctuation, with curly quotes.</summary>
    private static readonly SearchValues<char> Punctuation = SearchValues.Create(
        "、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟，．：；！？（）［］｛｝＂＇＜＞｜～…—‘’“”");

    private readonly AutoLinkParser _inner;

    public BoundedAutoLinkParser(AutoLinkParser inner)
    {
        _inner = inner;
        OpeningCharacters = inner.OpeningCharacters;
    }

    public override void Initialize() => _inner.Initialize();

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var stop = slice.Text.AsSpan(slice.Start, slice.Length).IndexOfAny(Punctuation);
        if (stop < 0)
        {
            return _inner.Match(processor, ref slice);
        }

        var bounded = new StringSlice(slice.Text, slice.Start, slice.Start + stop - 1);
        if (!_inner.Match(processor, ref bounded))
        {
            return false;
        }

        slice.Start = bounded.Start;
        return true;
    }
}
