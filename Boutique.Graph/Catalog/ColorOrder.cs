namespace Boutique.Graph.Catalog;

/// <summary>Colours alphabetically (case-insensitive, then ordinal so the order is total), for <c>Product.colors</c> and the colour facet.</summary>
public sealed class ColorOrder : IComparer<string>
{
    public static readonly ColorOrder Instance = new();

    private ColorOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        var text = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return text != 0 ? text : StringComparer.Ordinal.Compare(x, y);
    }
}
