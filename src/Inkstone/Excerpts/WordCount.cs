using Inkstone.Configuration;

namespace Inkstone.Excerpts;

/// <summary>A post's length: CJK characters and Latin words, counted apart because they are read at different speeds.</summary>
internal readonly record struct WordCount(int CjkCharacters, int LatinWords)
{
    public int Total => CjkCharacters + LatinWords;

    public int ReadingMinutes(SiteConfig config)
    {
        var minutes = ((double)CjkCharacters / config.CjkCharactersPerMinute) + ((double)LatinWords / config.LatinWordsPerMinute);
        return System.Math.Max(1, (int)System.Math.Ceiling(minutes));
    }
}
