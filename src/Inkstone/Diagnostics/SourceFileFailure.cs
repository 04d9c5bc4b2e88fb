namespace Inkstone.Diagnostics;

/// <summary>
/// A bug of Inkstone's met while one source file was processed: carries the file's path, so the internal
/// error (INK0001) names the file that triggers it instead of the whole site.
/// </summary>
internal sealed class SourceFileFailure(string path, Exception inner) : Exception($"{inner.GetType().Name}: {inner.Message}", inner)
{
    public string Path { get; } = path;

    /// <summary>Runs <paramref name="work"/> for the file at <paramref name="path"/>, wrapping any exception but running out of memory in a failure that names it.</summary>
    public static T Naming<T>(string path, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or SourceFileFailure or OperationCanceledException))
        {
            throw new SourceFileFailure(path, e);
        }
    }
}
