namespace Inkstone.Building;

/// <summary>
/// The slot in a <see cref="BuildContext"/> for what one stage makes: set once, by that stage, and read by later
/// ones. Reading it before the stage ran, or setting it twice, is a bug in the pipeline's order, so it throws
/// naming the stage rather than handing a later stage an empty value.
/// </summary>
internal sealed class StageResult<T>(string stage)
    where T : class
{
    private T? _value;

    /// <summary>The stage's result; throws when the stage has not run.</summary>
    public T Value => _value ?? throw new InvalidOperationException(
        $"The {stage} stage's {typeof(T).Name} was read before the {stage} stage made it; a stage may read only what earlier stages made.");

    /// <summary>The stage's result, or null when the stage did not run (a build stopped before it); for what the builder reports at the end.</summary>
    public T? ValueIfMade => _value;

    public void Set(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Interlocked.CompareExchange(ref _value, value, null) is not null)
        {
            throw new InvalidOperationException($"The {stage} stage's {typeof(T).Name} was set twice; only the {stage} stage makes it, once a build.");
        }
    }
}
