namespace Boutique.Data.Seed;

/// <summary>A named colour of the demo catalog: shown to shoppers, coded into SKUs, painted into images.</summary>
internal sealed record Colour(string Name, string Code, string Hex)
{
    public static readonly Colour MidnightNavy = new("Midnight Navy", "NAV", "#1f2a44");
    public static readonly Colour Emerald = new("Emerald", "EMR", "#2e8b57");
    public static readonly Colour RubyRed = new("Ruby Red", "RUB", "#9b111e");
    public static readonly Colour BlushPink = new("Blush Pink", "BLS", "#e8a0a8");
    public static readonly Colour Ivory = new("Ivory", "IVO", "#efe6cf");
    public static readonly Colour Black = new("Black", "BLK", "#1b1b1b");
    public static readonly Colour Champagne = new("Champagne", "CHP", "#e6d3a3");
    public static readonly Colour Sage = new("Sage", "SAG", "#9caf88");
    public static readonly Colour Mustard = new("Mustard", "MUS", "#d4a017");
    public static readonly Colour Teal = new("Teal", "TEA", "#227c7d");
    public static readonly Colour Lavender = new("Lavender", "LAV", "#b497d6");
    public static readonly Colour Terracotta = new("Terracotta", "TER", "#c8643b");
    public static readonly Colour Cobalt = new("Cobalt", "COB", "#1f4fbf");
    public static readonly Colour DoveGrey = new("Dove Grey", "GRY", "#a9a9a9");
    public static readonly Colour Camel = new("Camel", "CML", "#c19a6b");
    public static readonly Colour Burgundy = new("Burgundy", "BUR", "#6d0f24");
    public static readonly Colour Mint = new("Mint", "MNT", "#9fd8c0");
    public static readonly Colour Coral = new("Coral", "CRL", "#f27e6b");
    public static readonly Colour Saffron = new("Saffron", "SAF", "#f4a300");
    public static readonly Colour Plum = new("Plum", "PLM", "#6a2c5b");
    public static readonly Colour PureWhite = new("Pure White", "WHT", "#fbfbf8");
    public static readonly Colour Gold = new("Gold", "GLD", "#c9a43b");
    public static readonly Colour Silver = new("Silver", "SLV", "#c0c0c8");
    public static readonly Colour Tan = new("Tan", "TAN", "#b5835a");
}
