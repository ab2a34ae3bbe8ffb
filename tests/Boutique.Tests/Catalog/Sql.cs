using Boutique.Tests.Infrastructure;

namespace Boutique.Tests.Catalog;

/// <summary>Expected values computed with plain SQL, independently of EF Core and the API.</summary>
internal static class Sql
{
    public const string Published = "status = 'Published'";

    /// <summary>The size order (letter sizes, then numbers ascending, then the rest alphabetically) as an ORDER BY over <c>size</c>.</summary>
    public const string SizeOrder =
        "CASE size WHEN 'XS' THEN 0 WHEN 'S' THEN 1 WHEN 'M' THEN 2 WHEN 'L' THEN 3 WHEN 'XL' THEN 4 WHEN 'XXL' THEN 5 " +
        "ELSE CASE WHEN size ~ '^[0-9]+(\\.[0-9]+)?$' THEN 6 ELSE 7 END END, " +
        "CASE WHEN size ~ '^[0-9]+(\\.[0-9]+)?$' THEN size::numeric END, lower(size) COLLATE \"C\", size COLLATE \"C\"";

    /// <summary>Colours alphabetically, as an ORDER BY over <c>colour</c>.</summary>
    public const string ColourOrder = "lower(colour) COLLATE \"C\", colour COLLATE \"C\"";

    public static async Task<long> CountAsync(PostgresDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static async Task<List<string>> StringsAsync(PostgresDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetValue(0).ToString()!);
        return values;
    }
}
