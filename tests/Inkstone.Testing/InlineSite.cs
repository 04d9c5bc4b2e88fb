using Inkstone.FileSystem;

namespace Inkstone.Testing;

/// <summary>
/// A whole site written in one string, file after file, each introduced by a line <c>-- path --</c>
/// (the form Hugo's integration tests use):
/// <code>
/// -- inkstone.yml --
/// title: 测试
/// -- content/posts/a.md --
/// ---
/// title: A
/// ---
/// </code>
/// </summary>
internal static class InlineSite
{
    public static MemoryFileSystem Parse(string text)
    {
        var files = new MemoryFileSystem();
        string? path = null;
        var content = new System.Text.StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    files.Add(path, content.ToString());
                }

                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            files.Add(path, content.ToString());
        }

        return files;
    }

    /// <summary>Writes the site of <paramref name="text"/> into <paramref name="directory"/>, for builds on disk.</summary>
    public static void WriteTo(string text, string directory)
    {
        var files = Parse(text);
        foreach (var path in files.EnumerateFiles(""))
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, files.ReadAllBytes(path));
        }
    }
}
