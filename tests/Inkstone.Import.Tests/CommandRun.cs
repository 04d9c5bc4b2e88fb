namespace Inkstone.Import.Tests;

/// <summary>What a command left: its exit code and everything it printed.</summary>
internal sealed record CommandRun(int ExitCode, string Out, string Error);
