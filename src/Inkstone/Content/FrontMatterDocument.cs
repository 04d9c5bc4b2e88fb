using Inkstone.Data;
namespace Inkstone.Content;

/// <summary>A source file split into its front matter and its Markdown body.</summary>
internal sealed record FrontMatterDocument(FrontMatterFormat Format, DataMap Values, int BodyOffset);
