namespace Boutique.Data.Common;

/// <summary>Builds the CHECK constraint SQL that keeps an enum stored as text to its known names.</summary>
internal static class EnumCheck
{
    public static string Sql<TEnum>(string column) where TEnum : struct, Enum
        => $"{column} IN ({string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"))})";

    public static string NullableSql<TEnum>(string column) where TEnum : struct, Enum
        => $"{column} IS NULL OR {Sql<TEnum>(column)}";
}
