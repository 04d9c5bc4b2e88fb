namespace Inkstone.Cli;

/// <summary>
/// A command line Inkstone cannot understand. <see cref="Argument"/> is the argument to underline, as written;
/// when it is an option's value, <see cref="AfterOptions"/> names the option, so the same word elsewhere on the
/// line (a site folder also named as the output) is not the one underlined.
/// </summary>
internal sealed class UsageException(string message, string? argument = null, string? hint = null) : Exception(message)
{
    public string? Argument { get; } = argument;

    public string? Hint { get; } = hint;

    public IReadOnlyCollection<string> AfterOptions { get; init; } = [];
}
