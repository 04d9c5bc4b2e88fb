namespace Inkstone.SearchLatency;

/// <summary>
/// One query typed into a fresh search page. Times are in milliseconds from the moment search.js starts
/// the query (after its typing pause), so the 120 ms debounce is not counted. Bytes: over the wire
/// (compressed by the preview server), and as JSON, of which <see cref="DocumentBytes"/> are document
/// shards (titles and snippet text of the shown results) and the rest meta.json and term shards.
/// </summary>
internal sealed record QueryMeasurement(
    string Query,
    int Results,
    int Files,
    long WireBytes,
    long JsonBytes,
    long DocumentBytes,
    double ColdMs,
    double DownloadMs,
    double AfterShardsMs,
    double PaintAfterShardsMs,
    double WarmMs);
