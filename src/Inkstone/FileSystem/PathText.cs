using System.Text;

namespace Inkstone.FileSystem;

/// <summary>
/// Compares paths the way the file system does: byte for byte on Linux; on macOS and Windows, whose file
/// systems ignore case (and on macOS, Unicode normalisation: é written as one character or as e and an
/// accent), ignoring both. A guard that compared Linux-style there would let <c>Content</c> pass for
/// another folder than <c>content</c>.
/// </summary>
public static class PathText
{
    private static readonly bool IgnoresCase = !OperatingSystem.IsLinux() && !OperatingSystem.IsFreeBSD();

    public static bool Equal(string a, string b) =>
        IgnoresCase ? string.Equals(Fold(a), Fold(b), StringComparison.OrdinalIgnoreCase) : string.Equals(a, b, StringComparison.Ordinal);

    public static bool StartsWith(string path, string prefix) =>
        IgnoresCase ? Fold(path).StartsWith(Fold(prefix), StringComparison.OrdinalIgnoreCase) : path.StartsWith(prefix, StringComparison.Ordinal);

    private static string Fold(string path) => path.IsNormalized(NormalizationForm.FormC) ? path : path.Normalize(NormalizationForm.FormC);
}
