namespace Inkstone.Output;

/// <summary>
/// Puts an output folder back in order after a build that was stopped (killed, a power cut) while it
/// published, before the next build starts. The published site itself is never half-changed (a build
/// prepares the next site in the previous build's tree and swaps the two in one step), so what is left
/// to mend is only around it: a swap done by renames that was cut short, the writer's dot entries on
/// their way from the old tree to the new, and the staging folders older versions of Inkstone left.
/// </summary>
internal static class OutputRecovery
{
    public static void Recover(OutputFolder folder, Action step)
    {
        if (Directory.Exists(folder.Parked))
        {
            step();
            if (!Directory.Exists(folder.Published))
            {
                Directory.Move(folder.Parked, folder.Published); // stopped after parking the published tree: put it back
            }
            else if (!Directory.Exists(folder.Previous))
            {
                Directory.Move(folder.Parked, folder.Previous); // stopped after the new tree moved in: finish
            }
            else
            {
                Directory.Delete(folder.Parked, recursive: true);
            }
        }

        foreach (var leftover in Directory.EnumerateDirectories(folder.Parent).Where(d => folder.IsLeftoverOfAnOlderInkstone(Path.GetFileName(d))))
        {
            step();
            Directory.Delete(leftover, recursive: true);
        }

        if (!Directory.Exists(folder.Published))
        {
            return;
        }

        // The writer's dot entries move into the new tree just before the swap; a build stopped in between
        // left them in the tree that was not published. Each goes back where the writer left it.
        foreach (var name in PublishedTree.WritersEntries(folder.Previous))
        {
            var published = Path.Combine(folder.Published, name);
            if (!Path.Exists(published) && new FileInfo(published).LinkTarget is null)
            {
                step();
                Move(Path.Combine(folder.Previous, name), published);
            }
        }
    }

    /// <summary>Renames a file, folder or link, whichever it is (a link is moved itself, never followed).</summary>
    public static void Move(string from, string to)
    {
        // Directory.Move renames a link to a folder as the link; File.Move refuses one.
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }
}
