namespace Inkstone.Cli;

/// <summary>A command line Inkstone cannot understand; <see cref="ArgumentIndex"/> is the argument to underline.</summary>
internal sealed class UsageException(string message, int argumentIndex = -1, string? hint = null) : Exception(message)
{
    public int ArgumentIndex { get; } = argumentIndex;

    public string? Hint { get; } = hint;
}
