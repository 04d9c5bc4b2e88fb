using System.Text;

namespace Inkstone.CorpusGenerator;

/// <summary>File writes shared by both site writers: UTF-8 without BOM, LF line endings.</summary>
internal static class SiteFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    /// <summary>Empties a directory so a smaller corpus never leaves stale posts from a larger one.</summary>
    public static void ResetDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
    }
}
