namespace Inkstone.Output;

/// <summary>A file the output cannot hold as asked; the build reports it as a diagnostic (INK0701) at the source that made it.</summary>
internal sealed class UnwritableOutputException(string message) : IOException(message);
