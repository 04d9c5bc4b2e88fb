namespace Inkstone.Bibliography;

/// <summary>
/// One person of an <c>author</c> or <c>editor</c> field, in BibTeX's four parts: given names, the "von" part
/// (<c>van der</c>), the family name and the suffix (<c>Jr.</c>). A name written in braces (<c>{OpenAI}</c>)
/// is an organisation: all family name, never cut into initials.
/// </summary>
internal sealed record BibName(string Given, string Von, string Family, string Suffix)
{
    /// <summary>The family name with its "von" part, as citations show it: "van der Maaten".</summary>
    public string LastName => Von.Length == 0 ? Family : Von + " " + Family;

    /// <summary>The given names as initials: "Jean-Baptiste P." is "J.-B. P.".</summary>
    public string Initials
    {
        get
        {
            var words = Given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(" ", words.Select(word => string.Join("-", word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(Initial))));
        }
    }

    private static string Initial(string part)
    {
        var letters = part.TrimEnd('.');
        if (letters.Length == 0)
        {
            return part;
        }

        // A letter and its combining accents stay together ("Ö" written as O and a diaeresis).
        var first = System.Globalization.StringInfo.GetNextTextElementLength(letters);
        return letters[..first] + ".";
    }
}
