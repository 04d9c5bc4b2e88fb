using Fluid;

namespace Inkstone.Markdown.Liquid;

/// <summary>A post's or include's template, parsed by Fluid, with what its placeholders stand for.</summary>
internal sealed record CompiledTemplate(IFluidTemplate Template, IReadOnlyList<TemplatePiece> Pieces);
