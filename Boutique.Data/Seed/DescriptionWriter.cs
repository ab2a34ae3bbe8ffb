namespace Boutique.Data.Seed;

/// <summary>Writes a product's multi-paragraph Markdown description from its blueprint.</summary>
internal static class DescriptionWriter
{
    private static readonly string[] Openings =
    [
        "Meet the **{0}**, cut in {1} and made for {2}.",
        "The **{0}** is our answer to {2}: {1}, clean lines and nothing that fusses.",
        "Designed in our studio and finished by hand, the **{0}** brings {1} to {2}.",
        "Some pieces earn a permanent place in the wardrobe. The **{0}**, in {1}, is one of them, made for {2}.",
    ];

    private static readonly string[] Middles =
    [
        "The fabric has a soft drape that moves with you, and the lining is cut on the bias so it never clings.",
        "We kept the shape simple so the material can speak; small details (a hidden pocket, a tidy seam) do the rest.",
        "It is made in a small run by a family workshop we have worked with for years, and checked piece by piece.",
        "Wear it dressed up with heels and statement earrings, or down with flats and a denim jacket.",
    ];

    private static readonly string[] Fits =
    [
        "True to size; if between sizes, take the larger.",
        "Relaxed fit; size down for a closer silhouette.",
        "Fitted through the body; see the size guide for measurements.",
    ];

    public static string Write(CategoryBlueprint category, string name, string fabric, IReadOnlyList<Colour> colours, int i)
    {
        var occasion = category.Occasions[i % category.Occasions.Length];
        var opening = string.Format(System.Globalization.CultureInfo.InvariantCulture, Openings[i % Openings.Length], name, fabric, occasion);
        var colourList = string.Join(", ", colours.Select(c => c.Name));
        var sizes = category.Sizes.Length == 1 ? "One size" : $"{category.Sizes[0]}–{category.Sizes[^1]}";
        var fit = category.Sizes.Length == 1 ? "One size fits most." : Fits[i % Fits.Length];

        return $"""
            {opening}

            {Middles[(i + 1) % Middles.Length]}

            ### Details

            - **Material:** {fabric}
            - **Colours:** {colourList}
            - **Sizes:** {sizes}
            - **Fit:** {fit}

            ### Care

            {category.Care}
            """;
    }
}
