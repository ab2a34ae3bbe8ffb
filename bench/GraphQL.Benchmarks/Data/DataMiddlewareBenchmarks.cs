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
    private const string Query =
        "{ products(first: 20, where: { price: { gte: 20 }, name: { startsWith: \"Product 1\" } }, order: [{ price: DESC }]) { nodes { id name price } pageInfo { hasNextPage endCursor } } }";

    private ServiceProvider? _services;
    private IRequestExecutor? _executor;
    private IDbContextFactory<BenchCatalogContext>? _factory;

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
        _factory = _services.GetRequiredService<IDbContextFactory<BenchCatalogContext>>();

        // Both paths must give the same rows, or the comparison means nothing.
        var graph = JsonDocument.Parse(await GraphQLAsync()).RootElement.GetProperty("data").GetProperty("products").GetProperty("nodes");
        var hand = JsonDocument.Parse(await HandWrittenEfCoreAsync()).RootElement.GetProperty("nodes");
        if (graph.GetArrayLength() != 20 || graph[0].GetProperty("id").GetInt32() != hand[0].GetProperty("id").GetInt32())
        {
            throw new InvalidOperationException("The executor and the hand-written query disagree.");
        }

        Console.WriteLine($"// Data middleware benchmark ready: {graph.GetArrayLength()} rows per page from {BenchDatabase.Name}.");
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<byte[]> HandWrittenEfCoreAsync()
    {
        if (_factory is null) return Array.Empty<byte>();
        await using var db = await _factory.CreateDbContextAsync();
        var rows = await db.Products.AsNoTracking()
            .Where(p => p.Price >= 20 && p.Name.StartsWith("Product 1"))
            .OrderByDescending(p => p.Price).ThenBy(p => p.Id)
            .Select(p => new ProductRow(p.Id, p.Name, p.Price))
            .Take(21)
            .ToListAsync();
        var hasNextPage = rows.Count > 20;
        if (hasNextPage) rows.RemoveAt(20);
        return JsonSerializer.SerializeToUtf8Bytes(new Page(rows, hasNextPage), s_json);
    }

    [Benchmark]
    public async Task<byte[]> GraphQLAsync()
    {
        if (_executor is null) return Array.Empty<byte>();
        await using var scope = _services!.CreateAsyncScope();
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = Query, Services = scope.ServiceProvider });
        return ExecutionResultWriter.ToUtf8Bytes(result);
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public sealed record ProductRow(int Id, string Name, decimal Price);

    public sealed record Page(List<ProductRow> Nodes, bool HasNextPage);
}
