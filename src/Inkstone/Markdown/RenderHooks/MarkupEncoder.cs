using System.Text.Encodings.Web;

namespace Inkstone.Markdown.RenderHooks;

/// <summary>
/// Escapes what a hook template writes with <c>{{ }}</c> as Markdig escapes text: only <c>&amp; &lt; &gt; "</c>,
/// so Chinese, accents and emoji stay as written and a template's output matches the body around it.
/// </summary>
internal sealed class MarkupEncoder : HtmlEncoder
{
    public static readonly MarkupEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (text[i] is '&' or '<' or '>' or '"')
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var text = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            _ => char.ConvertFromUtf32(unicodeScalar),
        };
        if (text.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i];
        }

        numberOfCharactersWritten = text.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"';
}
