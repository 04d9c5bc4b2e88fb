namespace Inkstone.Markdown.Images;

/// <summary>One <c>&lt;source&gt;</c> of a <c>&lt;picture&gt;</c>: a format's media type and its <c>srcset</c> as written into the page.</summary>
internal sealed record PictureSource(string Type, string Srcset);
