namespace Inkstone.Data;

/// <summary>A data file a reader could not read, at the 1-based line and column where it stopped.</summary>
internal sealed class DataFileException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
