using Inkstone.Diagnostics;
using Inkstone.Excerpts;
using Inkstone.Markdown;
using Inkstone.Markdown.Headings;

namespace Inkstone.Caching;

/// <summary>
/// Writes and reads one <see cref="CachedRendering"/> as length-prefixed binary fields. Any change to
/// the layout must raise <see cref="RenderCacheFile.FormatNumber"/>, so old caches are dropped.
/// </summary>
internal static class CachedRenderingFormat
{
    public static byte[] Write(CachedRendering rendering)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(rendering.Html);
            writer.Write(rendering.Excerpt.Html);
            writer.Write(rendering.Excerpt.Text);
            writer.Write(rendering.Excerpt.Truncated);
            writer.Write(rendering.Headings.Count);
            foreach (var heading in rendering.Headings)
            {
                writer.Write(heading.Level);
                writer.Write(heading.Text);
                writer.Write(heading.Id);
            }

            writer.Write(rendering.Words.CjkCharacters);
            writer.Write(rendering.Words.LatinWords);
            writer.Write(rendering.Text.Count);
            foreach (var piece in rendering.Text)
            {
                writer.Write((byte)piece.Kind);
                writer.Write(piece.Text);
                WriteOptional(writer, piece.Html);
            }

            writer.Write(rendering.Anchors.Count);
            foreach (var anchor in rendering.Anchors)
            {
                writer.Write(anchor.TargetSourcePath);
                writer.Write(anchor.Anchor);
                WriteLocation(writer, anchor.Location);
            }

            writer.Write(rendering.Diagnostics.Count);
            foreach (var diagnostic in rendering.Diagnostics)
            {
                writer.Write(diagnostic.Id);
                writer.Write((byte)diagnostic.Severity);
                WriteLocation(writer, diagnostic.Location);
                writer.Write(diagnostic.Message);
                WriteOptional(writer, diagnostic.Hint);
                WriteOptional(writer, diagnostic.Excerpt);
            }

            writer.Write(rendering.Dependencies.Count);
            foreach (var dependency in rendering.Dependencies)
            {
                writer.Write((byte)dependency.Kind);
                writer.Write(dependency.Path);
                WriteOptional(writer, dependency.Value);
            }
        }

        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a rendering in this format.</exception>
    public static CachedRendering Read(ReadOnlyMemory<byte> bytes)
    {
        var segment = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var array) ? array : new ArraySegment<byte>(bytes.ToArray());
        using var stream = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        try
        {
            var html = reader.ReadString();
            var excerpt = new Excerpt(reader.ReadString(), reader.ReadString(), reader.ReadBoolean());
            var headings = ReadList(reader, r => new Heading(r.ReadInt32(), r.ReadString(), r.ReadString()));
            var words = new WordCount(reader.ReadInt32(), reader.ReadInt32());
            var text = ReadList(reader, r => new TextPiece(ReadEnum<TextPieceKind>(r), r.ReadString(), ReadOptional(r)));
            var anchors = ReadList(reader, r => new AnchorReference(r.ReadString(), r.ReadString(), ReadLocation(r)));
            var diagnostics = ReadList(reader, r => new Diagnostic(r.ReadString(), ReadEnum<Severity>(r), ReadLocation(r), r.ReadString(), ReadOptional(r))
            {
                Excerpt = ReadOptional(r),
            });
            var dependencies = ReadList(reader, r => new RenderDependency(ReadEnum<RenderDependencyKind>(r), r.ReadString(), ReadOptional(r)));
            if (stream.Position != stream.Length)
            {
                throw new InvalidDataException("A cached rendering has bytes after its end.");
            }

            return new CachedRendering(html, excerpt, headings, words, text, anchors, diagnostics, dependencies);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException or OverflowException)
        {
            throw new InvalidDataException("A cached rendering is cut short or damaged.", e);
        }
    }

    private static List<T> ReadList<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("A cached rendering has an impossible count.");
        }

        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(reader));
        }

        return items;
    }

    private static T ReadEnum<T>(BinaryReader reader) where T : struct, Enum
    {
        var value = (T)Enum.ToObject(typeof(T), reader.ReadByte());
        return Enum.IsDefined(value) ? value : throw new InvalidDataException($"A cached rendering has an unknown {typeof(T).Name}.");
    }

    private static void WriteLocation(BinaryWriter writer, SourceLocation location)
    {
        writer.Write(location.Path);
        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader reader) => new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
