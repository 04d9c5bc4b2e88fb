using System.Text.RegularExpressions;

namespace Inkstone.Markdown.Math;

/// <summary>
/// An inline formula that is only <c>\eqref{...}</c> or <c>\ref{...}</c> is written as a plain HTML link
/// instead of MathML. Assistive technology treats the children of <c>math</c> as one presentational
/// whole, so a link inside it cannot be reached or announced; "see (3)" needs no math layout anyway.
/// </summary>
internal static partial class ReferenceLink
{
    /// <summary>The link the compiler wrote for the reference, with class "eqref", or null when the formula is more than a reference.</summary>
    public static string? FromLoneReference(string tex, string compiledHtml)
    {
        if (!LoneReference().IsMatch(tex) || CompiledLink().Match(compiledHtml) is not { Success: true } link)
        {
            return null;
        }

        return "<a class=\"eqref\"" + link.Value[2..];
    }

    [GeneratedRegex(@"^\s*\\(?:eq)?ref\s*\{[^{}]*\}\s*$")]
    private static partial Regex LoneReference();

    [GeneratedRegex("<a href=\"[^\"]*\">[^<]*</a>")]
    private static partial Regex CompiledLink();
}
