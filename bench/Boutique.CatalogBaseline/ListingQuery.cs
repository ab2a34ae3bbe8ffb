using Npgsql;
using NpgsqlTypes;

namespace Boutique.CatalogBaseline;

/// <summary>
/// Runs <see cref="ListingSql"/> with the round trips Boutique.Graph makes: count, then page, on one
/// connection after the other; then the three DataLoader batches at the same time, each on its own
/// connection (the API gives every batch its own pooled DbContext). Every statement opens and returns
/// its connection as EF does, so the pool's reset (DISCARD ALL) rides along the same way.
/// </summary>
internal sealed class ListingQuery(NpgsqlDataSource dataSource)
{
    // The filter of listing.graphql; the endpoint serves that one document whatever the body says.
    private const decimal PriceFrom = 50m;
    private const decimal PriceTo = 150m;
    private static readonly string[] CategorySlugs = ["casual", "kurtis"];
    public const int First = 24;

    public async Task<ListingPage> RunAsync(CancellationToken ct)
    {
        var total = await CountAsync(ct);
        var (products, hasNext) = await PageAsync(ct);

        var categoryIds = products.Select(p => p.CategoryId).Distinct().ToArray();
        var productIds = Array.ConvertAll(products, p => p.Id);
        var categories = CategoriesAsync(categoryIds, ct);
        var images = ImagesAsync(productIds, ct);
        var variants = VariantsAsync(productIds, ct);
        return new ListingPage(total, hasNext, products, await categories, await images, await variants);
    }

    private async Task<int> CountAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(ListingSql.Count, connection);
        AddFilter(command);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    private async Task<(ProductRow[] Rows, bool HasNext)> PageAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(ListingSql.Page, connection);
        AddFilter(command);
        command.Parameters.Add(new NpgsqlParameter<int>("p", NpgsqlDbType.Integer) { TypedValue = First + 1 });
        var rows = new List<ProductRow>(First + 1);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new ProductRow(
                    reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetDecimal(4),
                    reader.IsDBNull(5) ? null : reader.GetDecimal(5), reader.GetBoolean(6), reader.GetBoolean(7)));
            }
        }

        var hasNext = rows.Count > First;
        if (hasNext) rows.RemoveAt(rows.Count - 1);
        return (rows.ToArray(), hasNext);
    }

    private async Task<Dictionary<Guid, CategoryRow>> CategoriesAsync(Guid[] keys, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = Keyed(ListingSql.Categories, connection, keys);
        var categories = new Dictionary<Guid, CategoryRow>(keys.Length);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) categories[reader.GetGuid(0)] = new CategoryRow(reader.GetString(1), reader.GetString(2));
        return categories;
    }

    private async Task<Dictionary<Guid, List<ImageRow>>> ImagesAsync(Guid[] keys, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = Keyed(ListingSql.Images, connection, keys);
        var images = new Dictionary<Guid, List<ImageRow>>(keys.Length);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            GroupOf(images, reader.GetGuid(0)).Add(new ImageRow(
                reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        return images;
    }

    private async Task<Dictionary<Guid, List<VariantRow>>> VariantsAsync(Guid[] keys, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = Keyed(ListingSql.Variants, connection, keys);
        var variants = new Dictionary<Guid, List<VariantRow>>(keys.Length);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            GroupOf(variants, reader.GetGuid(1)).Add(new VariantRow(
                reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDecimal(5), reader.GetInt32(6), reader.GetBoolean(7)));
        }

        return variants;
    }

    /// <summary>The filter parameters as EF binds them: numeric, numeric, text[].</summary>
    private static void AddFilter(NpgsqlCommand command)
    {
        command.Parameters.Add(new NpgsqlParameter<decimal>("Value", NpgsqlDbType.Numeric) { TypedValue = PriceFrom });
        command.Parameters.Add(new NpgsqlParameter<decimal>("Value1", NpgsqlDbType.Numeric) { TypedValue = PriceTo });
        command.Parameters.Add(new NpgsqlParameter<string[]>("Value2", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = CategorySlugs });
    }

    private static NpgsqlCommand Keyed(string sql, NpgsqlConnection connection, Guid[] keys)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = keys });
        return command;
    }

    private static List<T> GroupOf<T>(Dictionary<Guid, List<T>> groups, Guid key)
    {
        if (!groups.TryGetValue(key, out var group)) groups[key] = group = [];
        return group;
    }
}
