namespace Inkstone.Output;

/// <summary>
/// An output that changes the published site only when the build succeeded and says so: until
/// <see cref="Commit"/>, the published site is exactly as it was, and the commit replaces it whole in one step.
/// </summary>
internal interface IPublishingOutput : IOutputSink, IDisposable
{
    void Commit();

    /// <summary>How many files were kept as published without being made again (<see cref="IOutputSink.TryKeep"/>).</summary>
    int FilesKept => 0;

    /// <summary>
    /// The output for a build into <paramref name="target"/> (<see cref="SpareTreeOutput"/>). With a
    /// <paramref name="ledger"/>, files made from unchanged inputs can be kept without being made again.
    /// </summary>
    static IPublishingOutput Open(string target, OutputLedger? ledger = null, Action<int>? onStep = null) =>
        SpareTreeOutput.Open(OutputFolder.At(target), ledger, onStep);
}
