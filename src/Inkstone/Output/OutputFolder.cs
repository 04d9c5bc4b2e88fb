using Inkstone.FileSystem;

namespace Inkstone.Output;

/// <summary>
/// The folders a build into one output folder uses, all beside each other so that renames between them
/// are atomic: the published folder; the previous build (<c>.NAME.previous</c>), which the next build
/// brings up to date and swaps in; and, where two folders cannot be exchanged in one step, the name the
/// swap parks the published tree under for an instant (<c>.NAME.swapping</c>).
/// </summary>
internal sealed record OutputFolder
{
    private OutputFolder(string published)
    {
        Published = published;
        Parent = Path.GetDirectoryName(published) ?? throw new ArgumentException("The output folder cannot be the root of a disk.", nameof(published));
        Name = Path.GetFileName(published);
    }

    /// <summary>The output folder for <paramref name="path"/>, at its real path (links followed).</summary>
    public static OutputFolder At(string path) => new(RealPath.Resolve(path));

    public string Published { get; }

    public string Parent { get; }

    public string Name { get; }

    public string Previous => Path.Combine(Parent, $".{Name}.previous");

    public string Parked => Path.Combine(Parent, $".{Name}.swapping");

    /// <summary>
    /// True for the names earlier versions of Inkstone staged builds under beside the output folder
    /// (<c>.NAME.staging-GUID</c>, <c>NAME.old-GUID</c>), which a killed build left behind.
    /// </summary>
    public bool IsLeftoverOfAnOlderInkstone(string name) =>
        IsNameThenGuid(name, $".{Name}.staging-") || IsNameThenGuid(name, $"{Name}.old-");

    private static bool IsNameThenGuid(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && name.Length == prefix.Length + 32 && Guid.TryParseExact(name[prefix.Length..], "N", out _);
}
