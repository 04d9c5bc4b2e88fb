namespace Inkstone.Output;

/// <summary>What a published file was made from (null when unknown) and the digest of its bytes (null when unknown).</summary>
internal readonly record struct PublishedFile(UInt128? Inputs, UInt128? Content);
