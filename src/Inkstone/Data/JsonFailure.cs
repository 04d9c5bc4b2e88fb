using Inkstone.Diagnostics;

namespace Inkstone.Data;

/// <summary>Where JSON stops being readable, and the reader's reason.</summary>
internal sealed record JsonFailure(SourceLocation Location, string Message);
