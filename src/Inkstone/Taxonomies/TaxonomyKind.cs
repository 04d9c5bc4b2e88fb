namespace Inkstone.Taxonomies;

internal enum TaxonomyKind
{
    Categories,
    Tags,
}
