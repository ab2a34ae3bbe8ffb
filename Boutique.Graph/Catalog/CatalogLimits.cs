namespace Boutique.Graph.Catalog;

/// <summary>Page sizes of the product lists (the public contract: default 24, at most 100).</summary>
public static class CatalogLimits
{
    public const int DefaultPageSize = 24;
    public const int MaxPageSize = 100;
}
