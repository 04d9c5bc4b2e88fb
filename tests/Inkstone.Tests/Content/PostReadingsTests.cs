using Inkstone.Building;
using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;

namespace Inkstone.Tests.Content;

/// <summary>A live site's rebuilds read and parse again only the source files that changed.</summary>
public sealed class PostReadingsTests
{
    private static readonly DateTime Start = new(2026, 6, 1, 4, 0, 0, DateTimeKind.Utc);

    private readonly StampedFiles _files = new();
    private DateTime _now = Start;

    public PostReadingsTests()
    {
        _files.Write("inkstone.yml", "title: 墨砚\n");
        _files.Write("content/posts/ppo.md", "---\ntitle: PPO\ndate: 2025-03-01\n---\nClipped objective.\n");
        _files.Write("content/posts/grpo.md", "---\ntitle: GRPO\ndate: 2025-03-02\n---\nGroup baseline.\n");
    }

    private SiteContent Load(PostReadings readings, DiagnosticBag? diagnostics = null) =>
        ContentLoader.Load(_files, new Configuration.SiteConfig(), SiteLayout.Inkstone, new ContentSelection(Drafts: false, Future: false, DateTimeOffset.Now),
            Inkstone.Templating.UiStrings.Words(new Inkstone.Templating.ThemeFiles(_files), "zh-CN"), diagnostics ?? new DiagnosticBag(), readings);

    [Fact]
    public void A_file_unchanged_since_an_older_reading_is_neither_read_nor_parsed_again()
    {
        var readings = new PostReadings(() => _now);
        Load(readings);
        _now += TimeSpan.FromSeconds(10);
        Load(readings); // the first reading was as young as its stamp: read again once, to be sure
        _files.Reads.Clear();
        _now += TimeSpan.FromSeconds(10);

        var content = Load(readings);

        Assert.Equal(0, readings.Parsed);
        Assert.Empty(_files.Reads);
        Assert.Equal(["GRPO", "PPO"], content.Posts.Select(p => p.Title));
    }

    [Fact]
    public void An_edited_file_is_read_and_parsed_again_while_the_others_are_not()
    {
        var readings = new PostReadings(() => _now);
        Load(readings);
        _now += TimeSpan.FromSeconds(10);
        Load(readings);
        _files.Reads.Clear();
        _now += TimeSpan.FromSeconds(10);
        _files.Write("content/posts/ppo.md", "---\ntitle: PPO, revisited\ndate: 2025-03-01\n---\nClipped objective.\n");

        var content = Load(readings);

        Assert.Equal(1, readings.Parsed);
        Assert.Equal(["content/posts/ppo.md"], _files.Reads);
        Assert.Contains(content.Posts, p => p.Title == "PPO, revisited");
    }

    [Fact]
    public void A_file_written_well_before_its_first_reading_is_trusted_from_that_reading_on()
    {
        _files.WrittenAt = Start - TimeSpan.FromMinutes(5);
        var readings = new PostReadings(() => _now);
        Load(readings);
        _files.Reads.Clear();
        _now += TimeSpan.FromMilliseconds(300);

        Load(readings);

        Assert.Equal(0, readings.Parsed);
        Assert.Empty(_files.Reads);
    }

    [Fact]
    public void A_file_written_within_a_step_of_its_reading_is_read_again_though_its_stamp_is_the_same()
    {
        _files.WrittenAt = Start - TimeSpan.FromSeconds(1);
        var readings = new PostReadings(() => _now);
        Load(readings);

        _now += TimeSpan.FromMilliseconds(300);
        _files.Write("content/posts/ppo.md", "---\ntitle: PPQ\ndate: 2025-03-01\n---\nClipped objective.\n", keepStamp: true);
        var content = Load(readings);

        Assert.Contains(content.Posts, p => p.Title == "PPQ");
    }

    [Fact]
    public void A_file_rewritten_within_a_step_of_the_clock_is_read_again_though_its_stamp_is_the_same()
    {
        var readings = new PostReadings(() => _now);
        Load(readings);

        // Same size, same modification time: only the bytes tell the two versions apart.
        _now += TimeSpan.FromMilliseconds(2);
        _files.Write("content/posts/ppo.md", "---\ntitle: PPQ\ndate: 2025-03-01\n---\nClipped objective.\n", keepStamp: true);
        var content = Load(readings);

        Assert.Contains(content.Posts, p => p.Title == "PPQ");
    }

    [Fact]
    public void A_reading_kept_from_the_last_build_reports_its_problems_again()
    {
        _files.Write("content/posts/ppo.md", "---\ntitle: PPO\ndate: someday\n---\nClipped objective.\n");
        var readings = new PostReadings(() => _now);
        Load(readings);
        _now += TimeSpan.FromSeconds(10);
        Load(readings);
        _now += TimeSpan.FromSeconds(10);
        var diagnostics = new DiagnosticBag();

        Load(readings, diagnostics);

        Assert.Equal(0, readings.Parsed);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.FrontMatterBadDate && d.Location.Path == "content/posts/ppo.md");
    }

    /// <summary>An in-memory site whose stamps are size and a version number, as a disk's are size and time, and which notes what is read.</summary>
    private sealed class StampedFiles : ISiteFileSystem
    {
        private readonly MemoryFileSystem _files = new();
        private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);

        public List<string> Reads { get; } = [];

        /// <summary>Every file's modification time, when the site tells one.</summary>
        public DateTime? WrittenAt { get; set; }

        public void Write(string path, string text, bool keepStamp = false)
        {
            _files.Add(path, text);
            _versions[path] = _versions.GetValueOrDefault(path) + (keepStamp ? 0 : 1);
        }

        public bool FileExists(string path) => _files.FileExists(path);

        public bool DirectoryExists(string path) => _files.DirectoryExists(path);

        public IReadOnlyList<string> EnumerateFiles(string directory) => _files.EnumerateFiles(directory);

        public byte[] ReadAllBytes(string path)
        {
            lock (Reads)
            {
                Reads.Add(path);
            }

            return _files.ReadAllBytes(path);
        }

        public string FileStamp(string path) => $"{_files.ReadAllBytes(path).Length}:{_versions[path]}";

        public DateTime? LastWriteTimeUtc(string path) => WrittenAt;

        public FileDate? FirstSeen(string path) => null;
    }
}
