using System.Security.Cryptography;

namespace Inkstone.Cli.Tests.Deploying;

/// <summary>A new site made by <c>inkstone new site</c> in a folder of its own, and what deploying it printed.</summary>
internal sealed class DeploySite : IDisposable
{
    public DeploySite()
    {
        Assert.Equal(0, CliRun.Invoke(Root, "new", "site", "blog").ExitCode);
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("inkstone-deploy-").FullName;

    public string Folder => Path.Combine(Root, "blog");

    public string Output => Path.Combine(Folder, "public");

    public string Post => Path.Combine(Folder, "content", "posts", "hello-inkstone.md");

    /// <summary>Runs <c>inkstone deploy blog ARGS</c> with <paramref name="variables"/> as its environment.</summary>
    public CliRun Deploy(IReadOnlyDictionary<string, string> variables, params string[] args) =>
        CliRun.Invoke(Root, variables, ["deploy", "blog", .. args]);

    public void Build() => Assert.Equal(0, CliRun.Invoke(Root, "build", "blog").ExitCode);

    /// <summary>Every file of the built site, by path, with the MD5 of its bytes (the marker left out).</summary>
    public Dictionary<string, string?> Built() => Files(Output);

    /// <summary>Every file under <paramref name="folder"/>, by path, with the MD5 of its bytes (Inkstone's marker left out).</summary>
    public static Dictionary<string, string?> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != ".inkstone-output")
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => (string?)Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>The paths a run listed with <paramref name="sign"/> ('+' uploads, '-' deletions).</summary>
    public static List<string> Listed(CliRun run, char sign) => run.Out.Split('\n')
        .Where(l => l.StartsWith($"  {sign} ", StringComparison.Ordinal))
        .Select(l => l[4..].TrimEnd('\r'))
        .ToList();

    /// <summary>The paths whose bytes differ between two listings, or that only one has.</summary>
    public static List<string> Changed(Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        after.Where(f => !before.TryGetValue(f.Key, out var md5) || md5 != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
