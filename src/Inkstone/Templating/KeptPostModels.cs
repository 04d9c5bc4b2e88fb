using System.Runtime.CompilerServices;
using Inkstone.Markdown;

namespace Inkstone.Templating;

/// <summary>
/// The view models of posts (and their JSON-LD) that a live site keeps from one build to the next, so that after an
/// edit only the edited post's model is made again and not every post's. A model is kept with everything it was made
/// from besides the rendered post itself, which is the same object from build to build while the post is unchanged:
/// the settings it reads, whether the post was in the future, and the links of its categories and tags (a term's link
/// carries its count, which another post's edit can change). It is handed out again only when all of those are equal,
/// so a kept model is always the model this build would make. Models are only read once made, never changed.
/// Safe from many threads.
/// </summary>
internal sealed class KeptPostModels
{
    private readonly ConditionalWeakTable<RenderedPost, Kept> _models = new();
    private readonly ConditionalWeakTable<RenderedPost, KeptJsonLd> _jsonLd = new();

    // A kept model's digest (ModelDigest), by the model: shown on its page, its neighbours' and every list, so the
    // digest of an unchanged post's model is worked out once for all the builds that reuse it.
    private readonly ConditionalWeakTable<object, DigestSlot> _digests = new();

    /// <summary>The model last made for <paramref name="post"/>, if it was made from the same settings, date side and term links.</summary>
    public Dictionary<string, object?>? Find(RenderedPost post, PostModelSettings settings, bool future, Func<string, bool, Dictionary<string, object?>> termLink)
    {
        if (!_models.TryGetValue(post, out var kept) || kept.Future != future || !kept.Settings.Equals(settings))
        {
            return null;
        }

        var (categories, tags) = (post.Post.Categories, post.Post.Tags);
        if (categories.Count + tags.Count != kept.TermLinks.Length)
        {
            return null;
        }

        for (var i = 0; i < kept.TermLinks.Length; i++)
        {
            var now = i < categories.Count ? termLink(categories[i], true) : termLink(tags[i - categories.Count], false);
            if (!SameLink(now, kept.TermLinks[i]))
            {
                return null;
            }
        }

        return kept.Model;
    }

    public void Keep(RenderedPost post, PostModelSettings settings, bool future, Func<string, bool, Dictionary<string, object?>> termLink, Dictionary<string, object?> model)
    {
        _models.AddOrUpdate(post, new Kept(settings, future, TermLinks(post, termLink), model));
        _digests.AddOrUpdate(model, new DigestSlot());
    }

    /// <summary>Where the digest of a kept model is noted; null for anything else.</summary>
    public DigestSlot? DigestOf(object model) => _digests.TryGetValue(model, out var slot) ? slot : null;

    /// <summary>The post's JSON-LD as <paramref name="write"/> makes it, made again only when the settings changed.</summary>
    public string JsonLd(RenderedPost post, PostModelSettings settings, Func<RenderedPost, string> write)
    {
        if (_jsonLd.TryGetValue(post, out var kept) && kept.Settings.Equals(settings))
        {
            return kept.Text;
        }

        var text = write(post);
        _jsonLd.AddOrUpdate(post, new KeptJsonLd(settings, text));
        return text;
    }

    private static Dictionary<string, object?>[] TermLinks(RenderedPost post, Func<string, bool, Dictionary<string, object?>> termLink) =>
        [.. post.Post.Categories.Select(c => termLink(c, true)), .. post.Post.Tags.Select(t => termLink(t, false))];

    // A term link's values are texts and a count (ViewModelFactory.CreateTermLink, or its stand-in for an unknown term).
    private static bool SameLink(Dictionary<string, object?> now, Dictionary<string, object?> kept)
    {
        if (ReferenceEquals(now, kept))
        {
            return true;
        }

        if (now.Count != kept.Count)
        {
            return false;
        }

        foreach (var (key, value) in now)
        {
            if (!kept.TryGetValue(key, out var other) || !Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Kept(PostModelSettings Settings, bool Future, Dictionary<string, object?>[] TermLinks, Dictionary<string, object?> Model);

    private sealed record KeptJsonLd(PostModelSettings Settings, string Text);
}
