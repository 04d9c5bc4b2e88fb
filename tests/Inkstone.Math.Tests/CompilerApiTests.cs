using System.Buffers;

namespace Inkstone.Math.Tests;

public sealed class CompilerApiTests
{
    private static readonly MathCompiler Compiler = new();

    [Fact]
    public void Inline_math_is_a_math_element_with_the_source_as_annotation() =>
        Assert.Equal("<math><semantics><msub><mi>x</mi><mpadded voffset=\"0.139em\"><mi>i</mi></mpadded></msub><annotation encoding=\"application/x-tex\">x_i</annotation></semantics></math>",
            Compiler.CompileToString("x_i", MathRenderOptions.Inline));

    [Fact]
    public void Display_math_has_display_block() =>
        Assert.StartsWith("<math display=\"block\"><semantics>", Compiler.CompileToString("x", MathRenderOptions.Block), StringComparison.Ordinal);

    [Fact]
    public void Buffer_writer_output_matches_string_output()
    {
        var buffer = new ArrayBufferWriter<char>();
        var result = Compiler.Compile("\\frac{a}{b} + \\text{中文}", buffer, MathRenderOptions.Block);
        Assert.Empty(result.Errors);
        Assert.Equal(Compiler.CompileToString("\\frac{a}{b} + \\text{中文}", MathRenderOptions.Block), buffer.WrittenSpan.ToString());
    }

    [Fact]
    public void Annotation_escapes_the_source() =>
        Assert.Contains("<annotation encoding=\"application/x-tex\">a &lt; b \\&amp; c</annotation>",
            Compiler.CompileToString("a < b \\& c", MathRenderOptions.Inline), StringComparison.Ordinal);

    [Fact]
    public void Limits_can_be_tightened()
    {
        var strict = new MathCompiler(new MathCompilerOptions { MaxInputLength = 20, MaxNestingDepth = 4, MaxMacroExpansions = 2 });
        strict.CompileToString("x+y+z+w+v+u+t+s+r+q+p+o+n", MathRenderOptions.Inline, out var tooLong);
        strict.CompileToString("{{{{{x}}}}}", MathRenderOptions.Inline, out var tooDeep);
        strict.CompileToString("\\def\\a{b}\\a\\a\\a", MathRenderOptions.Inline, out var tooManyExpansions);
        Assert.Contains("too long", tooLong.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("nested too deeply", tooDeep.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("macro expansions", tooManyExpansions.Errors[0].Message, StringComparison.Ordinal);
    }
}
