using System.IO.Enumeration;

namespace Inkstone.Output;

/// <summary>
/// What a site folder holds, as paths relative to it with '/': its regular files, its folders, and
/// everything else (symbolic links above all), which a build never keeps. Links are never followed.
/// The writer's entries at the top (<see cref="WritersEntries"/>: a <c>.git</c> for deploying) are left
/// out, so that nothing a build does with the tree can touch them.
/// </summary>
internal sealed class PublishedTree
{
    private PublishedTree()
    {
    }

    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Folders { get; } = new(StringComparer.Ordinal);

    public List<string> Others { get; } = [];

    /// <summary>The tree under <paramref name="root"/>, without the top-level entries named in <paramref name="leftOut"/>; empty when there is no folder.</summary>
    public static PublishedTree Read(string root, IReadOnlySet<string> leftOut)
    {
        var tree = new PublishedTree();
        if (!Directory.Exists(root))
        {
            return tree;
        }

        var pending = new Stack<string>();
        pending.Push("");
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var (name, attributes) in Entries(folder.Length == 0 ? root : Path.Combine(root, folder)))
            {
                if (folder.Length == 0 && leftOut.Contains(name))
                {
                    continue;
                }

                var relative = folder.Length == 0 ? name : folder + "/" + name;
                if ((attributes & FileAttributes.ReparsePoint) != 0)
                {
                    tree.Others.Add(relative);
                }
                else if ((attributes & FileAttributes.Directory) != 0)
                {
                    tree.Folders.Add(relative);
                    pending.Push(relative);
                }
                else
                {
                    tree.Files.Add(relative);
                }
            }
        }

        return tree;
    }

    /// <summary>
    /// The entries at the top of <paramref name="folder"/> that are the writer's, not the site's: names
    /// that start with a dot, other than Inkstone's marker and the dot entries the marker says the site
    /// wrote (a <c>.nojekyll</c> from <c>static/</c>). A build never writes into them or deletes them.
    /// </summary>
    public static IReadOnlySet<string> WritersEntries(string folder)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return entries;
        }

        var site = OutputMarker.SiteDotNames(folder);
        foreach (var (name, _) in Entries(folder))
        {
            if (name.StartsWith('.') && name != OutputMarker.FileName && !site.Contains(name))
            {
                entries.Add(name);
            }
        }

        return entries;
    }

    private static FileSystemEnumerable<(string Name, FileAttributes Attributes)> Entries(string folder) =>
        new(folder, (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.Attributes),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true, RecurseSubdirectories = false });
}
