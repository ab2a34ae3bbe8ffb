namespace Boutique.Data.Seed;

internal enum Silhouette
{
    Gown,
    Dress,
    Kurti,
    Suit,
    Shoe,
    Bag,
    Accessory,
}

/// <summary>Everything the generator needs to invent one category's products.</summary>
internal sealed record CategoryBlueprint(
    string Name,
    string Slug,
    string Code,
    string Description,
    Silhouette Silhouette,
    string[] Sizes,
    decimal MinPrice,
    decimal MaxPrice,
    string[] Nouns,
    string[] Fabrics,
    Colour[] Colours,
    string[] Occasions,
    string Care);
