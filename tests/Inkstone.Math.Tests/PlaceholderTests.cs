namespace Inkstone.Math.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void The_math_assembly_loads() => Assert.Equal("Inkstone.Math", typeof(Inkstone.Math.AssemblyMarker).Assembly.GetName().Name);
}
