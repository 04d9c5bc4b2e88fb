namespace Inkstone.Markdown.Liquid;

/// <summary>A template written for Fluid: its source, what its placeholders stand for, and where each token went in it.</summary>
internal sealed record EmittedTemplate(string Source, IReadOnlyList<TemplatePiece> Pieces, (int Start, int End)[] Spans);
