using System.Buffers;
using System.Text;

namespace Inkstone.Math.Internal;

/// <summary>Adapts an <see cref="IBufferWriter{T}"/> to the TextWriter the compiler writes to, copying straight into the caller's buffer.</summary>
internal sealed class BufferTextWriter(IBufferWriter<char> target) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        target.GetSpan(1)[0] = value;
        target.Advance(1);
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }
        text.CopyTo(target.GetSpan(text.Length));
        target.Advance(text.Length);
    }
}
