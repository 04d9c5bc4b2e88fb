using System.Diagnostics;

namespace Inkstone.Browser.Tests;

/// <summary>
/// Keeps the screenshots the tests take: always in the test output folder (an artifact of every run),
/// and also in docs/screenshots when INKSTONE_UPDATE_SCREENSHOTS=1, which is how the README's set is
/// refreshed. Committed images are squeezed with pngquant when it is installed.
/// </summary>
internal sealed class ScreenshotWriter
{
    public const string UpdateVariable = "INKSTONE_UPDATE_SCREENSHOTS";

    public string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static bool UpdatesDocs => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string DocsFolder => Path.Combine(Testing.RepositoryPaths.Root, "docs", "screenshots");

    /// <summary>Writes one image under <paramref name="name"/> (without extension) and returns its path in the output folder.</summary>
    public string Write(string name, byte[] png)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        File.WriteAllBytes(path, png);
        if (UpdatesDocs)
        {
            Directory.CreateDirectory(DocsFolder);
            var committed = Path.Combine(DocsFolder, name + ".png");
            File.WriteAllBytes(committed, png);
            Squeeze(committed);
        }

        return path;
    }

    private static void Squeeze(string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pngquant", ["--force", "--skip-if-larger", "--strip", "--quality=70-95", "--ext", ".png", path])
            {
                RedirectStandardError = true,
            });
            process?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // pngquant is not installed: the image is kept as Chromium wrote it.
        }
    }
}
