namespace Inkstone.Markdown.HugoShortcodes;

internal enum ShortcodeTokenKind
{
    /// <summary>Markdown between shortcodes, kept as written.</summary>
    Text,

    /// <summary>Fenced or inline code: shortcodes in it are left alone, and only their comment forms are unwrapped.</summary>
    Code,

    /// <summary><c>{{&lt;/* name */&gt;}}</c>: the shortcode's text, printed as written (how documentation shows a shortcode).</summary>
    Comment,

    /// <summary><c>{{&lt; name &gt;}}</c>, <c>{{% name %}}</c>, <c>{{&lt; /name &gt;}}</c> or <c>{{&lt; name /&gt;}}</c>.</summary>
    Tag,

    /// <summary>Shortcode syntax that cannot be read: reported, and left out so that no raw <c>{{&lt;</c> reaches a reader.</summary>
    Malformed,
}
