using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Inkstone.Caching;
using Inkstone.Hashing;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// The digest of everything a page's HTML is made from: the model its template reads, which template,
/// every template of the theme and the site, the settings, the whole base URL (its filters write it),
/// and the time zone and culture Liquid formats with. A page whose digest the last build noted, and
/// whose file is still as written, is kept instead of rendered (see <c>OutputLedger</c>).
/// </summary>
internal sealed class PageInputs
{
    private readonly byte[] _common;
    private readonly ModelDigest _models;

    private PageInputs(byte[] common, TextDigests? texts, KeptPostModels? models)
    {
        _common = common;
        _models = new ModelDigest(texts, models);
    }

    /// <summary>The digests for this build's pages; null when pages cannot be kept (an output that does not note inputs, or templates that read the clock).</summary>
    public static PageInputs? For(BuildContext context)
    {
        if (!context.Output.NotesInputs || context.Site.Theme.TemplatesDigest() is not { } templates)
        {
            return null;
        }

        var hash = new XxHash128();
        hash.Append(context.Cache.Settings);

        // The settings hold the base path only; absolute_url writes the whole base URL into a page.
        hash.AppendText(context.Site.Config.BaseUrl);
        hash.Append(MemoryMarshal.AsBytes([templates]));
        hash.AppendText(TimeZoneInfo.Local.Id);
        hash.AppendText(CultureInfo.CurrentCulture.Name);
        return new PageInputs(hash.GetCurrentHash(), context.Caches.Texts, context.Caches.PostModels);
    }

    /// <summary>The page's digest, or null when its model holds something <see cref="ModelDigest"/> cannot read.</summary>
    public UInt128? Of(PageJob job)
    {
        if (_models.Of(job.Model) is not { } model)
        {
            return null;
        }

        // One span hashed at once: a hasher per page was a few hundred bytes on each of thousands of pages.
        var template = MemoryMarshal.AsBytes(job.Template.AsSpan());
        var length = _common.Length + 16 + template.Length;
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        _common.CopyTo(bytes);
        MemoryMarshal.Write(bytes[_common.Length..], in model);
        template.CopyTo(bytes[(_common.Length + 16)..]);
        return XxHash128.HashToUInt128(bytes);
    }
}
