using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Inkstone.Cli.Tests;

/// <summary>
/// The native command, built once for a test class by release/build.sh (minutes: the whole engine is compiled
/// ahead of time), and the framework-dependent command beside the tests to compare it with.
/// </summary>
public sealed class NativeCommand : IDisposable
{
    private readonly string? _folder;

    public NativeCommand()
    {
        // A native build is made for the platform it runs on; this repository's CI and machines are linux-x64.
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return;
        }

        _folder = Directory.CreateTempSubdirectory("inkstone-release-").FullName;
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { System.IO.Path.Combine(Repository, "release", "build.sh"), "linux-x64" },
            Environment = { ["OUT"] = _folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var build = Process.Start(start)!;
        var errors = build.StandardError.ReadToEndAsync();
        var output = build.StandardOutput.ReadToEnd();
        if (!build.WaitForExit(TimeSpan.FromMinutes(20)) || build.ExitCode != 0)
        {
            throw new InvalidOperationException($"release/build.sh linux-x64 failed:\n{output}\n{errors.GetAwaiter().GetResult()}");
        }

        Path = System.IO.Path.Combine(_folder, "inkstone-linux-x64", "inkstone");
    }

    /// <summary>The native command; null where none can be built.</summary>
    public string? Path { get; }

    public static string Repository { get; } = FindRepository();

    /// <summary>The command as <c>dotnet tool install</c> gives it: the Inkstone.Cli.dll these tests are built beside.</summary>
    public static ProcessStartInfo FrameworkDependent(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "Inkstone.Cli.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    public void Dispose()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Inkstone.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: Inkstone.slnx was not found above " + AppContext.BaseDirectory);
    }
}
