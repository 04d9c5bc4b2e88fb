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
                writer.Write(heading.InToc);
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

            writer.Write(rendering.Images.Count);
            foreach (var image in rendering.Images)
            {
                writer.Write(image.File);
                writer.Write(image.OutputPath);
                WriteLocation(writer, image.Location);
            }
        }

        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a rendering in this format.</exception>
    public static CachedRendering Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new CacheReader(bytes);
        var html = reader.ReadString();
        var excerpt = new Excerpt(reader.ReadString(), reader.ReadString(), reader.ReadBoolean());
        var headings = new List<Heading>(Count(ref reader));
        for (var i = headings.Capacity; i > 0; i--)
        {
            headings.Add(new Heading(reader.ReadInt32(), reader.ReadString(), reader.ReadString()) { InToc = reader.ReadBoolean() });
        }

        var words = new WordCount(reader.ReadInt32(), reader.ReadInt32());
        var text = new List<TextPiece>(Count(ref reader));
        for (var i = text.Capacity; i > 0; i--)
        {
            text.Add(new TextPiece(Enum<TextPieceKind>(ref reader), reader.ReadString(), ReadOptional(ref reader)));
        }

        var anchors = new List<AnchorReference>(Count(ref reader));
        for (var i = anchors.Capacity; i > 0; i--)
        {
            anchors.Add(new AnchorReference(reader.ReadString(), reader.ReadString(), ReadLocation(ref reader)));
        }

        var diagnostics = new List<Diagnostic>(Count(ref reader));
        for (var i = diagnostics.Capacity; i > 0; i--)
        {
            var (id, severity, location, message, hint) = (reader.ReadString(), Enum<Severity>(ref reader), ReadLocation(ref reader), reader.ReadString(), ReadOptional(ref reader));
            diagnostics.Add(new Diagnostic(id, severity, location, message, hint) { Excerpt = ReadOptional(ref reader) });
        }

        var dependencies = new List<RenderDependency>(Count(ref reader));
        for (var i = dependencies.Capacity; i > 0; i--)
        {
            dependencies.Add(new RenderDependency(Enum<RenderDependencyKind>(ref reader), reader.ReadString(), ReadOptional(ref reader)));
        }

        var images = new List<Images.ImageUse>(Count(ref reader));
        for (var i = images.Capacity; i > 0; i--)
        {
            images.Add(new Images.ImageUse(reader.ReadString(), reader.ReadString(), ReadLocation(ref reader)));
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("A cached rendering has bytes after its end.");
        }

        return new CachedRendering(html, excerpt, headings, words, text, anchors, diagnostics, dependencies, images);
    }

    /// <summary>A list's length, which cannot exceed the bytes left (every item takes at least one).</summary>
    private static int Count(ref CacheReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.Remaining ? count : throw new InvalidDataException("A cached rendering has an impossible count.");
    }

    private static T Enum<T>(ref CacheReader reader) where T : struct, Enum
    {
        var value = (T)System.Enum.ToObject(typeof(T), reader.ReadByte());
        return System.Enum.IsDefined(value) ? value : throw new InvalidDataException($"A cached rendering has an unknown {typeof(T).Name}.");
    }

    private static void WriteLocation(BinaryWriter writer, SourceLocation location)
    {
        writer.Write(location.Path);
        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    private static SourceLocation ReadLocation(ref CacheReader reader) => new(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(ref CacheReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
