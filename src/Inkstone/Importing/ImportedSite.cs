using Inkstone.Configuration;
using Inkstone.Content;

namespace Inkstone.Importing;

/// <summary>A site read as the engine it was written for lays it out: the settings Inkstone took from its configuration, and its layout.</summary>
internal sealed record ImportedSite(SiteConfig Config, SiteLayout Layout);
