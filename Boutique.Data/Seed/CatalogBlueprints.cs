namespace Boutique.Data.Seed;

/// <summary>The eight demo categories, in display order.</summary>
internal static class CatalogBlueprints
{
    private static readonly string[] ClothingSizes = ["XS", "S", "M", "L", "XL"];
    private static readonly string[] ShoeSizes = ["36", "37", "38", "39", "40", "41"];
    private static readonly string[] OneSize = ["One Size"];

    public static readonly CategoryBlueprint[] All =
    [
        new("Evening Dresses", "evening-dresses", "EVE",
            "Floor-sweeping gowns and cocktail dresses for galas, receptions and long summer evenings.",
            Silhouette.Gown, ClothingSizes, 129m, 489m,
            ["Gown", "Maxi Dress", "Cocktail Dress", "Slip Dress", "Wrap Gown"],
            ["silk satin", "crepe", "chiffon", "velvet", "sequinned tulle"],
            [Colour.MidnightNavy, Colour.Emerald, Colour.RubyRed, Colour.Black, Colour.Champagne, Colour.Burgundy, Colour.Plum, Colour.Cobalt],
            ["a black-tie gala", "an evening wedding", "a theatre premiere", "a winter party"],
            "Dry clean only. Store hanging in the garment bag provided."),
        new("Bridal", "bridal", "BRD",
            "Wedding gowns, reception dresses and bridesmaid styles with hand-finished details.",
            Silhouette.Gown, ClothingSizes, 249m, 1290m,
            ["Bridal Gown", "Reception Dress", "Bridesmaid Dress", "Lace Gown", "Tea-Length Dress"],
            ["silk mikado", "Chantilly lace", "organza", "duchess satin", "embroidered tulle"],
            [Colour.Ivory, Colour.PureWhite, Colour.Champagne, Colour.BlushPink, Colour.Lavender, Colour.Sage, Colour.DoveGrey],
            ["the ceremony", "a garden wedding", "a city-hall wedding", "the reception"],
            "Specialist dry clean only. Steam on low heat from the inside."),
        new("Casual", "casual", "CAS",
            "Easy day dresses, shirt dresses and co-ords that go from the school run to dinner.",
            Silhouette.Dress, ClothingSizes, 39m, 149m,
            ["Shirt Dress", "Sundress", "Midi Dress", "Smock Dress", "Jersey Dress"],
            ["cotton poplin", "linen", "organic cotton jersey", "viscose", "chambray"],
            [Colour.Sage, Colour.Mustard, Colour.Terracotta, Colour.Coral, Colour.Mint, Colour.Cobalt, Colour.PureWhite, Colour.Black],
            ["weekends", "a picnic", "the office on a Friday", "holidays"],
            "Machine wash at 30°C. Line dry and warm iron."),
        new("Formal", "formal", "FRM",
            "Tailored suits, sheath dresses and jumpsuits for the boardroom and beyond.",
            Silhouette.Suit, ClothingSizes, 119m, 449m,
            ["Trouser Suit", "Sheath Dress", "Blazer", "Jumpsuit", "Pencil Skirt Suit"],
            ["wool crepe", "stretch twill", "Italian wool", "double-faced crepe", "tropical wool"],
            [Colour.Black, Colour.MidnightNavy, Colour.DoveGrey, Colour.Camel, Colour.Burgundy, Colour.Ivory, Colour.Cobalt],
            ["the boardroom", "an interview", "a conference keynote", "client dinners"],
            "Dry clean. Hang on a shaped hanger between wears."),
        new("Kurtis", "kurtis", "KRT",
            "Hand-block printed and embroidered kurtis and tunic sets, cut for movement.",
            Silhouette.Kurti, ClothingSizes, 35m, 189m,
            ["Kurti", "Anarkali Kurti", "Tunic Set", "A-Line Kurti", "Straight Kurti"],
            ["hand-block printed cotton", "chanderi silk", "georgette", "mulmul cotton", "rayon"],
            [Colour.Saffron, Colour.Teal, Colour.RubyRed, Colour.Mint, Colour.Lavender, Colour.Mustard, Colour.Coral, Colour.Emerald],
            ["festive days", "Eid and Diwali gatherings", "everyday wear", "a mehndi night"],
            "Hand wash cold separately; the natural dyes may bleed at first. Dry in shade."),
        new("Accessories", "accessories", "ACC",
            "Scarves, belts and jewellery to finish the look.",
            Silhouette.Accessory, OneSize, 19m, 159m,
            ["Silk Scarf", "Statement Necklace", "Drop Earrings", "Leather Belt", "Hair Clip Set"],
            ["mulberry silk", "gold-plated brass", "sterling silver", "vegetable-tanned leather", "recycled acetate"],
            [Colour.Gold, Colour.Silver, Colour.Black, Colour.Tan, Colour.RubyRed, Colour.Emerald, Colour.BlushPink],
            ["gifting", "evening outfits", "everyday", "weddings"],
            "Keep away from perfume and water. Store in the pouch provided."),
        new("Shoes", "shoes", "SHO",
            "Heels, flats and ankle boots in EU sizes 36 to 41.",
            Silhouette.Shoe, ShoeSizes, 59m, 329m,
            ["Stiletto Pumps", "Block-Heel Sandals", "Ballet Flats", "Ankle Boots", "Kitten Heels"],
            ["nappa leather", "suede", "patent leather", "satin", "woven raffia"],
            [Colour.Black, Colour.Tan, Colour.Camel, Colour.RubyRed, Colour.Gold, Colour.Silver, Colour.BlushPink, Colour.Ivory],
            ["the office", "evenings out", "weddings", "city walks"],
            "Wipe with a soft dry cloth; use a suede brush on suede. Store with shoe trees."),
        new("Bags", "bags", "BAG",
            "Totes, clutches and cross-body bags, made to carry the day.",
            Silhouette.Bag, OneSize, 49m, 399m,
            ["Tote", "Clutch", "Cross-Body Bag", "Shoulder Bag", "Bucket Bag"],
            ["pebbled leather", "smooth calf leather", "beaded satin", "woven straw", "recycled nylon"],
            [Colour.Black, Colour.Tan, Colour.Camel, Colour.Burgundy, Colour.Ivory, Colour.Sage, Colour.Gold, Colour.Cobalt],
            ["work", "weekends away", "evenings out", "travel"],
            "Wipe clean with a damp cloth. Stuff with paper and store in the dust bag."),
    ];

    /// <summary>First words of product names; 24 of them, so names never repeat within a category.</summary>
    public static readonly string[] Names =
    [
        "Aurora", "Celeste", "Marigold", "Isla", "Juniper", "Seraphina", "Noor", "Delphine", "Amara", "Rosalind",
        "Saffi", "Odette", "Leila", "Margot", "Ines", "Priya", "Clementine", "Zara", "Esme", "Talia",
        "Vivienne", "Anouk", "Mira", "Beatrix",
    ];
}
