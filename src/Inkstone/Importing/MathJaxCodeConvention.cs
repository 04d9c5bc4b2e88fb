using System.Text;
using System.Text.RegularExpressions;
using Inkstone.FileSystem;

namespace Inkstone.Importing;

/// <summary>
/// Tells whether a site's own templates set MathJax up to typeset inside <c>&lt;code&gt;</c>: a MathJax configuration
/// whose list of skipped tags (<c>skipTags</c> in MathJax 2, <c>skipHtmlTags</c> in 3) leaves out <c>code</c>, as a
/// once-common snippet did so that writers could put <c>`$x$`</c> in backticks. Such a site's posts get
/// <c>math.code_delimiters</c>.
/// </summary>
internal static partial class MathJaxCodeConvention
{
    public static bool UsedBy(ISiteFileSystem files, IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(files.DirectoryExists))
        {
            foreach (var path in files.EnumerateFiles(folder).Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)))
            {
                var text = Encoding.UTF8.GetString(files.ReadAllBytes(path));
                if (text.Contains("MathJax", StringComparison.Ordinal) && SkippedTags().Match(text) is { Success: true } skipped
                    && !skipped.Groups["tags"].Value.Contains("code", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex("""skip(?:Html)?Tags['"]?\s*:\s*\[(?<tags>[^\]]*)\]""")]
    private static partial Regex SkippedTags();
}
