using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Limits;

/// <summary>
/// Static files are copied a buffer at a time: a file larger than an array can hold (2 GB) is published,
/// not an internal error, and copying it never holds it in memory.
/// </summary>
public sealed class StreamedStaticFileTests
{
    private const long Huge = (2L << 30) + 12345;

    [Fact]
    public void A_static_file_over_two_gigabytes_is_copied_whole_without_being_read_into_memory()
    {
        var files = new FileSystemWithHugeFile(InlineSite.Parse("""
            -- inkstone.yml --
            title: 大文件
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-01-01
            ---
            正文。
            -- static/data/huge.bin --
            placeholder
            """), "static/data/huge.bin");
        var output = new ByteCountingOutput();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var report = SiteBuilder.Run(files, output, new BuildOptions { Now = BuiltSite.Now });

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal(Huge, output.Copied["data/huge.bin"]);
        Assert.True(allocated < 512L << 20, $"The build allocated {allocated >> 20} MB for a {Huge >> 20} MB file.");
    }

    [Fact]
    public void A_static_file_published_twice_unchanged_is_kept_as_the_same_file()
    {
        var root = Directory.CreateTempSubdirectory("inkstone-static-").FullName;
        try
        {
            var site = Path.Combine(root, "site");
            InlineSite.WriteTo("-- inkstone.yml --\ntitle: 静态\n-- content/posts/a.md --\n---\ntitle: A\ndate: 2025-01-01\n---\n正文。\n", site);
            Directory.CreateDirectory(Path.Combine(site, "static"));
            var bytes = new byte[300_000];
            new Random(7).NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(site, "static", "blob.bin"), bytes);
            var output = Path.Combine(root, "public");
            var options = new BuildOptions { Now = BuiltSite.Now };

            Assert.True(SiteBuilder.Build(site, output, options).Succeeded);
            var first = File.GetLastWriteTimeUtc(Path.Combine(output, "blob.bin"));
            Assert.True(SiteBuilder.Build(site, output, options).Succeeded);

            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(output, "blob.bin")));
            Assert.Equal(first, File.GetLastWriteTimeUtc(Path.Combine(output, "blob.bin")));

            bytes[^1] ^= 1;
            File.WriteAllBytes(Path.Combine(site, "static", "blob.bin"), bytes);
            Assert.True(SiteBuilder.Build(site, output, options).Succeeded);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(output, "blob.bin")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>A site whose one file reads as <see cref="Huge"/> zero bytes, made as they are read.</summary>
    private sealed class FileSystemWithHugeFile(MemoryFileSystem site, string hugePath) : ISiteFileSystem
    {
        public bool FileExists(string path) => site.FileExists(path);

        public bool DirectoryExists(string path) => site.DirectoryExists(path);

        public IReadOnlyList<string> EnumerateFiles(string directory) => site.EnumerateFiles(directory);

        public byte[] ReadAllBytes(string path) =>
            path == hugePath ? throw new IOException("The file is too long. This operation is currently limited to supporting files less than 2 gigabytes in size.") : site.ReadAllBytes(path);

        public Stream OpenRead(string path) => path == hugePath ? new ZeroStream(Huge) : ((ISiteFileSystem)site).OpenRead(path);

        public string FileStamp(string path) => site.FileStamp(path);

        public FileDate? FirstSeen(string path) => site.FirstSeen(path);
    }

    private sealed class ZeroStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)System.Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Keeps nothing: counts the bytes of each copied file.</summary>
    private sealed class ByteCountingOutput : IOutputSink
    {
        private int _count;

        public System.Collections.Concurrent.ConcurrentDictionary<string, long> Copied { get; } = new(StringComparer.Ordinal);

        public int FileCount => _count;

        public void Write(string path, byte[] bytes) => Interlocked.Increment(ref _count);

        public void WriteText(string path, string text) => Interlocked.Increment(ref _count);

        public void Copy(string path, Func<Stream> open)
        {
            using var source = open();
            var buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += n;
            }

            Copied[path] = total;
            Interlocked.Increment(ref _count);
        }
    }
}
