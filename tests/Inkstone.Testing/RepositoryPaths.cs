namespace Inkstone.Testing;

/// <summary>Finds the repository's folders (sample site, invalid fixtures) from a test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sites => Path.Combine(Root, "sites");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inkstone.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Inkstone.slnx) above " + AppContext.BaseDirectory);
    }
}
