namespace Inkstone.Markdown.Liquid;

/// <summary>How much of a post is a template, by the engine the site came from.</summary>
internal enum TemplateDialect
{
    /// <summary>Tags only (<c>{% note %}</c>, <c>{% codeblock %}</c>): Inkstone, Hugo and MkDocs sites, whose engines never evaluated posts.</summary>
    TagsOnly,

    /// <summary>Jekyll: Liquid with <c>{{ site.* }}</c> and <c>{{ page.* }}</c>, evaluated before Markdown.</summary>
    Liquid,

    /// <summary>Hexo: Nunjucks, whose <c>{{ }}</c> read the post's own variables (<c>{{ title }}</c>) and whose <c>{# #}</c> are comments.</summary>
    Nunjucks,
}
