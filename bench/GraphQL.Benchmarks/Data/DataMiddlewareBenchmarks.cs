using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Benchmarks.Data;

/// <summary>
/// A filtered, sorted, paged and projected product list through the executor (parse cached,
/// validation cached, middleware building one IQueryable, JSON written) against the same SQL
/// hand-written in EF Core and serialized with System.Text.Json: the ratio is the toolkit's overhead.
/// Needs <c>BOUTIQUE_BENCH_PG</c> (a superuser connection string); skipped with a message when unset.
/// Run: <c>dotnet run -c Release --project bench/GraphQL.Benchmarks -- --filter *DataMiddleware* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class DataMiddlewareBenchmarks
{
    public const string QueryText =
        "{ products(first: 20, where: { price: { gte: 20 }, name: { startsWith: \"Product 1\" } }, order: [{ price: DESC }]) { nodes { id name price } pageInfo { hasNextPage endCursor } } }";

    private ServiceProvider? _services;
    private IRequestExecutor? _executor;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var server = Environment.GetEnvironmentVariable("BOUTIQUE_BENCH_PG");
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.WriteLine("BOUTIQUE_BENCH_PG is not set: the data middleware benchmarks are skipped (they measure nothing).");
            return;
        }

        var connectionString = await BenchDatabase.EnsureAsync(server);
        var services = new ServiceCollection();
        services.AddPooledDbContextFactory<BenchCatalogContext>(o => o.UseNpgsql(connectionString));
        services.AddGraphQL().AddQueryType<BenchQuery>().RegisterDbContextFactory<BenchCatalogContext>();
        _services = services.BuildServiceProvider();
        _executor = _services.GetRequiredService<IRequestExecutor>();

        // Both paths must give the same document (but for the cursors' encodings), or the comparison means nothing.
        var graph = JsonDocument.Parse(await GraphQLAsync()).RootElement.GetProperty("data").GetProperty("products");
        var hand = JsonDocument.Parse(await HandWrittenEfCoreAsync()).RootElement.GetProperty("data").GetProperty("products");
        if (graph.GetProperty("nodes").GetArrayLength() != 20
            || graph.GetProperty("nodes").GetRawText() != hand.GetProperty("nodes").GetRawText()
            || !graph.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() || !hand.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
            || graph.GetProperty("pageInfo").GetProperty("endCursor").ValueKind != JsonValueKind.String
            || hand.GetProperty("pageInfo").GetProperty("endCursor").ValueKind != JsonValueKind.String)
        {
            throw new InvalidOperationException("The executor and the hand-written query disagree.");
        }

        Console.WriteLine($"// Data middleware benchmark ready: {graph.GetProperty("nodes").GetArrayLength()} rows per page from {BenchDatabase.Name}.");
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    /// <summary>
    /// What a hand-written endpoint pays for the same response: a request scope and a pooled context
    /// from it, the values as variables (a real endpoint reads them from the request, so EF Core sends
    /// them as parameters and the SQL text is the executor's, predicate for predicate), one row more
    /// than the page to know <c>hasNextPage</c>, an opaque <c>endCursor</c> of the last row's keys, and
    /// the same JSON document (<c>data.products.nodes</c>, <c>pageInfo</c>).
    /// </summary>
    [Benchmark(Baseline = true)]
    public async Task<byte[]> HandWrittenEfCoreAsync()
    {
        if (_services is null) return Array.Empty<byte>();
        await using var scope = _services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<BenchCatalogContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var prefix = _prefix;
        var minPrice = _minPrice;
        var take = _first + 1;
        var rows = await db.Products.AsNoTracking()
            .Where(p => p.Name.StartsWith(prefix) && p.Price >= minPrice)
            .OrderByDescending(p => p.Price).ThenBy(p => p.Id)
            .Select(p => new ProductRow(p.Id, p.Name, p.Price))
            .Take(take)
            .ToListAsync();
        var hasNextPage = rows.Count > _first;
        if (hasNextPage) rows.RemoveAt(_first);
        var endCursor = rows.Count == 0 ? null : Cursor(rows[^1]);
        return JsonSerializer.SerializeToUtf8Bytes(new Response(new Data(new Products(rows, new PageInfo(hasNextPage, endCursor)))), s_json);
    }

    // Fields, not constants: the compiler captures them as it would a request's values.
    private readonly string _prefix = "Product 1";
    private readonly decimal _minPrice = 20;
    private readonly int _first = 20;

    /// <summary>An opaque keyset cursor of the row's sort keys (base64url of <c>price:id</c>); the executor's also carries a signature and checksum.</summary>
    private static string Cursor(ProductRow row) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FormattableString.Invariant($"{row.Price}:{row.Id}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Benchmark]
    public async Task<byte[]> GraphQLAsync()
    {
        if (_executor is null) return Array.Empty<byte>();
        await using var scope = _services!.CreateAsyncScope();
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = QueryText, Services = scope.ServiceProvider });
        return ExecutionResultWriter.ToUtf8Bytes(result);
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public sealed record ProductRow(int Id, string Name, decimal Price);

    public sealed record PageInfo(bool HasNextPage, string? EndCursor);

    public sealed record Products(List<ProductRow> Nodes, PageInfo PageInfo);

    public sealed record Data(Products Products);

    public sealed record Response(Data Data);
}
