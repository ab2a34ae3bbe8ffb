using System.Globalization;

namespace Boutique.Graph.Catalog;

/// <summary>
/// The order shoppers read sizes in, defined once for <c>Product.sizes</c> and the size facet: letter
/// sizes XS, S, M, L, XL, XXL; then numeric sizes ascending (EU shoe sizes 36–41: "40" after "9" would be
/// wrong alphabetically); then anything else ("One Size") alphabetically.
/// </summary>
public sealed class SizeOrder : IComparer<string>
{
    public static readonly SizeOrder Instance = new();

    private static readonly string[] s_letters = ["XS", "S", "M", "L", "XL", "XXL"];

    private SizeOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var (groupX, rankX) = Rank(x);
        var (groupY, rankY) = Rank(y);
        if (groupX != groupY) return groupX.CompareTo(groupY);
        if (groupX < 2 && rankX != rankY) return rankX.CompareTo(rankY);
        var text = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return text != 0 ? text : StringComparer.Ordinal.Compare(x, y);
    }

    /// <summary>0 = letter size (rank = position), 1 = number (rank = value), 2 = anything else.</summary>
    private static (int Group, decimal Rank) Rank(string size)
    {
        var letter = Array.FindIndex(s_letters, l => string.Equals(l, size, StringComparison.OrdinalIgnoreCase));
        if (letter >= 0) return (0, letter);
        return decimal.TryParse(size, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? (1, number) : (2, 0);
    }
}
