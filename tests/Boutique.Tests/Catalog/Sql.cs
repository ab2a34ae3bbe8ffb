using Boutique.Tests.Infrastructure;

namespace Boutique.Tests.Catalog;

/// <summary>Expected values computed with plain SQL, independently of EF Core and the API.</summary>
internal static class Sql
{
    public const string Published = "status = 'Published'";

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
