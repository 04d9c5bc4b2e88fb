namespace Inkstone.FileSystem;

/// <summary>
/// Read access to a site's source folder. Paths are relative to the site root and use '/'.
/// Tests use <see cref="MemoryFileSystem"/>; the CLI uses <see cref="PhysicalFileSystem"/>.
/// </summary>
internal interface ISiteFileSystem
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>All files under <paramref name="directory"/> (recursively), as site-relative paths, in ordinal order.</summary>
    IReadOnlyList<string> EnumerateFiles(string directory);

    byte[] ReadAllBytes(string path);

    /// <summary>The file's bytes as a stream, for files copied as they are (a static file may be larger than memory or than an array holds).</summary>
    Stream OpenRead(string path) => new MemoryStream(ReadAllBytes(path), writable: false);

    /// <summary>
    /// A short text that changes whenever the file's content does (size and modification time on disk),
    /// so the build cache can tell an image was replaced without reading it; empty when there is no file.
    /// </summary>
    string FileStamp(string path);

    /// <summary>
    /// The modification time (UTC) that <see cref="FileStamp"/> holds, for telling a stamp that a later write must
    /// change from one a write within the same step of the clock could leave as it is; null when unknown.
    /// </summary>
    DateTime? LastWriteTimeUtc(string path) => null;

    /// <summary>When the file was first seen (first commit, else modification time), for posts without a date; null when unknown.</summary>
    FileDate? FirstSeen(string path);

    /// <summary>What was left out of the site and why (links out of it, loops, links to nothing), as warnings for the build to report.</summary>
    IEnumerable<Diagnostics.Diagnostic> Problems => [];

    /// <summary>The same site, with links that leave its folder followed (<c>follow_links: true</c> in the config).</summary>
    ISiteFileSystem FollowingLinksOutOfTheSite() => this;
}
