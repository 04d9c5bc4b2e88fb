namespace Inkstone.Deploying;

/// <summary>
/// A deploy that cannot go on, told to the writer: what happened, at which target, and what to do.
/// <see cref="IsUsage"/> marks a target that cannot be understood (a usage error) rather than one that refused.
/// </summary>
internal sealed class DeployException(string message, string? hint = null, bool isUsage = false) : Exception(message)
{
    public string? Hint { get; } = hint;

    public bool IsUsage { get; } = isUsage;
}
