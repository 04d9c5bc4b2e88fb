using System.IO.Enumeration;

namespace Inkstone.Output;

/// <summary>
/// What a published site folder holds, as paths relative to it with '/': its regular files, its folders,
/// and everything else (symbolic links above all), which a build never keeps. Links are never followed.
/// Entries at the top whose names start with a dot are not the site's: a <c>.git</c> folder there (the
/// usual way to deploy to GitHub Pages) must survive every build, so they are left out and left alone.
/// </summary>
internal sealed class PublishedTree
{
    private PublishedTree()
    {
    }

    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Folders { get; } = new(StringComparer.Ordinal);

    public List<string> Others { get; } = [];

    public static PublishedTree Read(string root)
    {
        var tree = new PublishedTree();
        var pending = new Stack<string>();
        pending.Push("");
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var entries = new FileSystemEnumerable<(string Name, FileAttributes Attributes)>(
                folder.Length == 0 ? root : Path.Combine(root, folder),
                (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.Attributes),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true, RecurseSubdirectories = false });
            foreach (var (name, attributes) in entries)
            {
                if (folder.Length == 0 && name.StartsWith('.'))
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
}
