using System.Xml.Linq;

namespace Inkstone.Math.Tests;

public sealed class CoreMarkupTests
{
    [Fact]
    public void Every_differential_input_compiles_to_mathml_core_only()
    {
        var compiler = new MathCompiler();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Differential", "inputs.txt"))
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'));
        var compiled = 0;
        foreach (var line in lines)
        {
            var display = line.StartsWith("$$ ", StringComparison.Ordinal);
            var tex = display ? line[3..] : line;
            var html = compiler.CompileToString(tex, new MathRenderOptions { Display = display, Macros = new MathMacroTable(), ResolveLabel = _ => "1" });
            var violation = CoreMarkup.Violation(XElement.Parse(html));
            Assert.True(violation is null, $"{tex}: {violation}");
            compiled++;
        }
        Assert.True(compiled > 300);
    }
}
