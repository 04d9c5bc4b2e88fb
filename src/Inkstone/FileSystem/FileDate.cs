namespace Inkstone.FileSystem;

/// <summary>When a file was first seen, for a post that gives no date: its first commit in git, else its last modification.</summary>
internal sealed record FileDate(DateTimeOffset When, FileDateSource Source);

internal enum FileDateSource
{
    /// <summary>The author date of the commit that added the file (as Hugo's <c>enableGitInfo</c> reads it).</summary>
    FirstCommit,

    /// <summary>The file's modification time: the folder is not a git repository, or the file is not committed.</summary>
    Modified,
}
