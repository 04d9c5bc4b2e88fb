namespace Inkstone.Math.Internal;

/// <summary>TeX's atom classes, which decide the spacing between neighbours.</summary>
internal enum AtomClass : byte
{
    Ord,
    Op,
    Bin,
    Rel,
    Open,
    Close,
    Punct,
    Inner,

    /// <summary>Spaces, phantoms of nothing, labels: ignored when looking for neighbours.</summary>
    None,
}
