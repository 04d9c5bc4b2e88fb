namespace Inkstone.Output;

/// <summary>Why a folder cannot be the output folder; <see cref="ForceAllows"/> when <c>--force</c> lets the build replace what it holds.</summary>
internal sealed record OutputFolderRefusal(string Reason, bool ForceAllows);
