using System.Text.Json;

namespace Inkstone.Caching;

/// <summary>
/// The address each post and page had when the site was last published, kept in the cache folder, so that a post
/// whose address changes (a new slug, another permalink pattern) leaves a redirect at its old one. Moves are
/// remembered until the old address is taken by another page or the writer lists it in the post's
/// <c>aliases</c>, which outlives the cache.
/// </summary>
internal sealed class AddressBook
{
    private const string FileName = "addresses.json";

    private AddressBook(Dictionary<string, string> current, Dictionary<string, string> moved)
    {
        Current = current;
        Moved = moved;
    }

    /// <summary>Source path to the address it was published at.</summary>
    public Dictionary<string, string> Current { get; }

    /// <summary>A former address to the source path of the post that moved away from it.</summary>
    public Dictionary<string, string> Moved { get; }

    public static AddressBook Empty() => new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    public static AddressBook Open(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize(File.ReadAllBytes(path), AddressBookJson.Default.Stored) is { Current: { } current, Moved: { } moved })
            {
                return new AddressBook(new(current, StringComparer.Ordinal), new(moved, StringComparer.Ordinal));
            }
        }
        catch (JsonException)
        {
            // A damaged book is forgotten: the next build records the addresses afresh.
        }

        return Empty();
    }

    /// <summary>Notes this build's addresses, and what moved since the last one; returns the moves to redirect.</summary>
    public IReadOnlyDictionary<string, string> Record(IEnumerable<(string Source, string Url)> published)
    {
        var now = published.ToDictionary(p => p.Source, p => p.Url, StringComparer.Ordinal);
        foreach (var (source, url) in now)
        {
            if (Current.TryGetValue(source, out var before) && before != url)
            {
                Moved[before] = source;
            }
        }

        // A former address that a page now has, or whose post is gone or has moved back, needs no redirect.
        var taken = now.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var (url, source) in Moved.ToList())
        {
            if (taken.Contains(url) || !now.ContainsKey(source))
            {
                Moved.Remove(url);
            }
        }

        Current.Clear();
        foreach (var (source, url) in now)
        {
            Current[source] = url;
        }

        return Moved;
    }

    public void Save(string directory) =>
        WholeFile.Write(Path.Combine(directory, FileName), writer => writer.Write(JsonSerializer.SerializeToUtf8Bytes(new Stored(Current, Moved), AddressBookJson.Default.Stored)));

    internal sealed record Stored(Dictionary<string, string> Current, Dictionary<string, string> Moved);
}

/// <summary>The address book's file format, generated at compile time: no reflection, so the command can be compiled ahead of time.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(AddressBook.Stored))]
internal sealed partial class AddressBookJson : System.Text.Json.Serialization.JsonSerializerContext;
