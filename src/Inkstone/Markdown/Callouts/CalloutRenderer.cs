using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Inkstone.Markdown.Callouts;

/// <summary>
/// Renders a callout as plain HTML: a <c>&lt;div&gt;</c>, or a <c>&lt;details&gt;</c> when it folds, so
/// folding works without a script.
/// </summary>
internal sealed class CalloutRenderer(bool english) : HtmlObjectRenderer<CalloutBlock>
{
    protected override void Write(HtmlRenderer renderer, CalloutBlock callout)
    {
        var kind = callout.Kind.ToString().ToLowerInvariant();
        var title = TitleOf(callout);
        var folds = Folds(callout, title);
        var element = folds ? "details" : "div";
        renderer.EnsureLine();
        var modifiers = string.Concat(callout.Modifiers.Select(m => " callout--" + WebUtility.HtmlEncode(m)));
        renderer.Write($"<{element} class=\"callout callout--{kind}{(callout.Icon is not null ? " callout--emoji" : "")}{modifiers}\"");
        if (callout.Fold == CalloutFold.Expanded)
        {
            renderer.Write(" open");
        }

        renderer.Write(folds ? ">" : " role=\"note\">");
        if (callout.Icon is not null)
        {
            renderer.Write($"<span class=\"callout__icon\" aria-hidden=\"true\">{WebUtility.HtmlEncode(callout.Icon)}</span>");
        }

        if (title is not null)
        {
            var titleElement = folds ? "summary" : "p";
            renderer.Write($"<{titleElement} class=\"callout__title\">{WebUtility.HtmlEncode(title)}</{titleElement}>");
        }

        renderer.Write("<div class=\"callout__body\">");
        renderer.WriteChildren(callout);
        renderer.Write("</div>");
        renderer.WriteLine($"</{element}>");
    }

    /// <summary>The title shown: the writer's, else the kind's in the post's language; none for an emoji quote or <c>title=""</c>.</summary>
    public string? TitleOf(CalloutBlock callout) =>
        callout.Title is "" ? null : callout.Title ?? (callout.Icon is null ? CalloutKinds.DefaultTitle(callout.Kind, callout.English ?? english) : null);

    /// <summary>A callout folds only with a title to click.</summary>
    public static bool Folds(CalloutBlock callout, string? title) => callout.Fold != CalloutFold.None && title is not null;
}
