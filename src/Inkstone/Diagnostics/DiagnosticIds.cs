namespace Inkstone.Diagnostics;

/// <summary>
/// The stable ids of every diagnostic Inkstone reports. Ids never change meaning once released;
/// each has a broken fixture site under <c>sites/invalid/</c> and a test.
/// Ranges: 00xx Inkstone itself, 01xx configuration, 02xx content and front matter, 03xx Markdown, links and images,
/// 04xx math, 05xx code, 06xx templates, 07xx files on disk: the output folder, and links at the site's boundary;
/// 08xx resource limits: inputs that would take unbounded time or memory.
/// </summary>
public static class DiagnosticIds
{
    public const string InternalError = "INK0001";

    public const string ConfigMissing = "INK0101";
    public const string ConfigMalformed = "INK0102";
    public const string ConfigInvalidValue = "INK0103";

    public const string FrontMatterMalformed = "INK0201";
    public const string FrontMatterUnclosed = "INK0202";
    public const string FrontMatterWrongType = "INK0203";
    public const string FrontMatterBadDate = "INK0204";
    public const string FileNotUtf8 = "INK0205";
    public const string DuplicateUrl = "INK0206";
    public const string UnsafePermalink = "INK0207";
    public const string EmptyPost = "INK0208";
    public const string UnknownCategory = "INK0209";
    public const string PostWithoutDate = "INK0210";
    public const string TermUrlCollision = "INK0211";
    public const string ReservedUrl = "INK0212";
    public const string PostMoved = "INK0213";

    public const string BrokenLink = "INK0301";
    public const string MissingImage = "INK0302";
    public const string MissingAnchor = "INK0303";
    public const string ImageWithoutAlt = "INK0304";
    public const string AnchorCase = "INK0305";

    /// <summary>A tag (<c>{% name %}</c>) no engine Inkstone reads defines: left out, its content shown.</summary>
    public const string UnknownTag = "INK0310";

    /// <summary>Liquid in a post that cannot be read (an unclosed <c>{% if %}</c>, a bad expression): left out, the rest shown.</summary>
    public const string LiquidSyntax = "INK0311";

    /// <summary>A Jekyll <c>{% include %}</c> that is missing or cannot be rendered: nothing is shown in its place.</summary>
    public const string IncludeNotRendered = "INK0312";

    /// <summary>A Hugo shortcode (<c>{{&lt; name &gt;}}</c>) Inkstone does not know and the site has no template of: left out, its content shown.</summary>
    public const string UnknownShortcode = "INK0313";

    /// <summary>A Hugo shortcode whose template is the site's (or its theme's) own, which Inkstone cannot run: left out, its content shown.</summary>
    public const string ShortcodeNotRun = "INK0314";

    /// <summary>Shortcode syntax that cannot be read (never closed, an end tag that closes nothing): left out, the rest shown.</summary>
    public const string ShortcodeSyntax = "INK0315";

    /// <summary>A shortcode without what it needs (a <c>param</c> the page and site do not set, a video without its id): nothing is shown for it.</summary>
    public const string ShortcodeIncomplete = "INK0316";

    /// <summary>A pymdownx snippet (<c>--8&lt;-- "path"</c>) that names no file: nothing is shown in its place.</summary>
    public const string SnippetMissing = "INK0320";

    /// <summary>A pymdownx snippet whose path leads out of the site folder: never read.</summary>
    public const string SnippetOutsideSite = "INK0321";

    /// <summary>An attribute list sets an attribute that could run script or restyle the page (<c>onclick</c>, <c>style</c>, a <c>javascript:</c> URL): left out.</summary>
    public const string UnsafeAttribute = "INK0322";

    /// <summary>A command a pseudocode fence does not know (<c>\Foo</c>): the fence is shown as its source.</summary>
    public const string PseudocodeUnknownCommand = "INK0350";

    /// <summary>A pseudocode block opened and never closed, or closed by the wrong command (<c>\If</c> ... <c>\EndFor</c>): the fence is shown as its source.</summary>
    public const string PseudocodeUnbalanced = "INK0351";

    /// <summary>Pseudocode that cannot be read (a brace or formula never closed, a missing argument, text outside a statement): the fence is shown as its source.</summary>
    public const string PseudocodeSyntax = "INK0352";

    /// <summary>A pseudocode label used twice in a post, or a line's label in an algorithm without line numbers: the label is left out.</summary>
    public const string PseudocodeLabel = "INK0353";

    /// <summary>A ```mermaid or ```dot fence whose source does not parse: the source is shown as a code block.</summary>
    public const string DiagramSyntax = "INK0360";

    /// <summary>A Mermaid diagram type Inkstone does not draw (classDiagram, gantt, pie …): the source is shown as a code block.</summary>
    public const string DiagramTypeUnsupported = "INK0361";

    /// <summary>A Mermaid statement accepted but not drawn (classDef, style, click …): the rest of the diagram is drawn.</summary>
    public const string DiagramStatementIgnored = "INK0362";

    /// <summary>A ```dot fence on a machine without Graphviz's <c>dot</c>: the source is shown as a code block.</summary>
    public const string GraphvizMissing = "INK0363";

    /// <summary>An image that libvips cannot read or make variants of (damaged, cut short, too many pixels): it is published as it is.</summary>
    public const string ImageUnreadable = "INK0370";

    /// <summary>A machine where libvips cannot be loaded: images are published as they are.</summary>
    public const string ImageLibraryMissing = "INK0371";

    /// <summary>An SVG image holding script, event handlers or references to other files: published without them.</summary>
    public const string SvgUnsafe = "INK0372";

    /// <summary>libvips could not be loaded: posts get no drawn Open Graph image.</summary>
    public const string SocialCardLibraryMissing = "INK0380";

    /// <summary>libvips failed to draw a post's Open Graph image: the post has none.</summary>
    public const string SocialCardFailed = "INK0381";

    /// <summary><c>social_cards.font_file</c> names a file the site does not have: cards are drawn in the theme's font.</summary>
    public const string SocialCardFontMissing = "INK0382";

    /// <summary>A Jupyter notebook that is not JSON, or not a notebook: the post is left out.</summary>
    public const string NotebookMalformed = "INK0330";

    /// <summary>A notebook in a format other than nbformat 4: the post is left out.</summary>
    public const string NotebookFormat = "INK0331";

    /// <summary>A cell or output without what it needs (a cell type, a source, an output type): left out, the rest shown.</summary>
    public const string NotebookCellMalformed = "INK0332";

    /// <summary>An output longer than <c>notebooks.output_limit</c>: cut, with a note where it was cut.</summary>
    public const string NotebookOutputCut = "INK0333";

    /// <summary>An image output that cannot be decoded (bad base64, not the image its type says): left out.</summary>
    public const string NotebookImageUnreadable = "INK0334";

    /// <summary>An HTML or SVG output held script, event handlers or references to other hosts: they are left out.</summary>
    public const string NotebookUnsafeOutput = "INK0335";

    /// <summary>A citation (<c>[@key]</c>, <c>@key</c>) whose key no bibliography of the post holds: shown as written.</summary>
    public const string CitationKeyUnknown = "INK0340";

    /// <summary>An entry of a <c>.bib</c> file that cannot be read (a missing brace, comma or <c>=</c>): left out.</summary>
    public const string BibEntryMalformed = "INK0341";

    /// <summary>A <c>.bib</c> value names a <c>@string</c> macro nobody defined: its name is used as the text.</summary>
    public const string BibStringUndefined = "INK0342";

    /// <summary>Two entries of a bibliography with the same key: the first is kept.</summary>
    public const string BibKeyDuplicate = "INK0343";

    /// <summary>A bibliography named in the config or front matter that is not a file of the site.</summary>
    public const string BibliographyMissing = "INK0344";

    /// <summary>A post's <c>citation_style</c> that is not a style Inkstone has: the site's style is used.</summary>
    public const string CitationStyleUnknown = "INK0345";

    /// <summary>A marginal note (<c>{-&gt; …}</c>) that is never closed: shown as written.</summary>
    public const string MarginNoteUnclosed = "INK0346";

    public const string MathError = "INK0401";

    public const string UnknownCodeLanguage = "INK0501";

    public const string MissingLayout = "INK0601";
    public const string TemplateSyntax = "INK0602";
    public const string TemplateRender = "INK0603";

    public const string OutputNotWritable = "INK0701";
    public const string LinkLeavesSite = "INK0702";
    public const string LinkLoop = "INK0703";
    public const string LinkDangling = "INK0704";

    /// <summary>YAML whose aliases copy out to more values than any site needs (an alias bomb): not read.</summary>
    public const string YamlAliasesTooLarge = "INK0801";

    /// <summary>Front matter or Markdown nested deeper than its reader goes.</summary>
    public const string NestedTooDeep = "INK0802";

    /// <summary>A post with more tags than a page can list: the first ones are kept.</summary>
    public const string TooManyTags = "INK0803";

    /// <summary>A file whose name cannot be published: a backslash, or a character the output cannot hold.</summary>
    public const string UnpublishableFileName = "INK0804";

    /// <summary>A table of more cells than the Markdown reader is given: written as HTML with its cells as plain text.</summary>
    public const string TableTooLarge = "INK0805";

    /// <summary>A file of Jekyll's <c>_data/</c> that cannot be read: left out of <c>site.data</c>.</summary>
    public const string DataFileUnreadable = "INK0806";

    /// <summary>An address longer than Baidu's sitemap takes (256 bytes): left out of <c>baidusitemap.xml</c>.</summary>
    public const string BaiduUrlTooLong = "INK0810";

    /// <summary>Two posts that claim to be the same language's translation of one post (same <c>translationKey</c> and <c>lang</c>).</summary>
    public const string DuplicateTranslation = "INK0820";

    /// <summary>A translation in a language the theme has no interface strings for: published as an ordinary post.</summary>
    public const string UnknownLanguage = "INK0821";

}
