namespace Inkstone.Math;

internal static class AssemblyMarker;
