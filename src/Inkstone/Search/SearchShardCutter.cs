using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inkstone.Search;

/// <summary>
/// Cuts a term shard whose JSON is over a size into parts of at most that size, for
/// <see cref="SearchShardWriter"/>. Terms stay in ordinal order across the parts; a term whose posting list alone
/// is too large is cut between postings, and each piece starts from its absolute document id (the writer's gaps
/// start from zero in every list), so every part is read on its own. The sizes are counted, not measured: a
/// term's escaped name, and the digits of each number with its separators, as <see cref="Utf8JsonWriter"/> writes them.
/// </summary>
internal static class SearchShardCutter
{
    /// <summary>The parts, in order; each as the term lists the writer writes.</summary>
    public static List<List<KeyValuePair<string, List<SearchPosting>>>> Cut(List<KeyValuePair<string, List<SearchPosting>>> shard, int maxBytes, JavaScriptEncoder encoder)
    {
        var parts = new List<List<KeyValuePair<string, List<SearchPosting>>>>();
        var part = new List<KeyValuePair<string, List<SearchPosting>>>();
        long size = 2; // { }
        foreach (var (term, postings) in shard)
        {
            // "name":[ ] and, after the first term of a part, the comma before it.
            var keyBytes = JsonEncodedText.Encode(term, encoder).EncodedUtf8Bytes.Length + 2 + 3;
            var entry = keyBytes + ListBytes(postings, 0, postings.Count);
            var separator = part.Count > 0 ? 1 : 0;
            if (size + separator + entry <= maxBytes)
            {
                part.Add(new(term, postings));
                size += separator + entry;
                continue;
            }

            if (part.Count > 0)
            {
                parts.Add(part);
                (part, size) = ([], 2);
            }

            if (size + entry <= maxBytes)
            {
                part.Add(new(term, postings));
                size += entry;
                continue;
            }

            // Alone it is still too large: pieces of as many postings as fit, each in a part of its own but the last.
            var start = 0;
            while (start < postings.Count)
            {
                var end = start;
                var bytes = keyBytes;
                var previous = 0;
                while (end < postings.Count)
                {
                    var cost = Digits(postings[end].Doc - previous) + Digits(postings[end].Weight) + (end > start ? 2 : 1);
                    if (end > start && size + bytes + cost > maxBytes)
                    {
                        break;
                    }

                    bytes += cost;
                    previous = postings[end].Doc;
                    end++;
                }

                part.Add(new(term, postings.GetRange(start, end - start)));
                size += bytes;
                start = end;
                if (start < postings.Count)
                {
                    parts.Add(part);
                    (part, size) = ([], 2);
                }
            }
        }

        if (part.Count > 0)
        {
            parts.Add(part);
        }

        return parts;
    }

    /// <summary>The bytes of postings [start, end) written as a list from gap zero, without its brackets.</summary>
    private static long ListBytes(List<SearchPosting> postings, int start, int end)
    {
        long bytes = 0;
        var previous = 0;
        for (var i = start; i < end; i++)
        {
            bytes += Digits(postings[i].Doc - previous) + Digits(postings[i].Weight) + (i > start ? 2 : 1);
            previous = postings[i].Doc;
        }

        return bytes;
    }

    private static int Digits(int value)
    {
        var digits = 1;
        for (var rest = value; rest >= 10; rest /= 10)
        {
            digits++;
        }

        return digits;
    }
}
