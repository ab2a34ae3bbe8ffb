using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using GraphQL.Data.Filtering;
using GraphQL.Data.Paging;
using GraphQL.Data.Projection;
using GraphQL.Data.Sorting;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

/// <summary>The root fields the data tests query: the boutique's one-line resolvers.</summary>
public sealed class CatalogQuery
{
    [UsePaging, UseProjection, UseFiltering, UseSorting]
    public IQueryable<Product> GetProducts(CatalogDbContext db) => db.Products;

    [UseOffsetPaging, UseFiltering, UseSorting]
    public IQueryable<Product> GetProductPages(CatalogDbContext db) => db.Products;

    [UsePaging(MaxPageSize = 100, DefaultPageSize = 100, IncludeTotalCount = false)]
    public IQueryable<Product> GetUnsortedProducts(CatalogDbContext db) => db.Products;

    [UseProjection, UseFiltering, UseSorting]
    public IQueryable<Brand> GetBrands(CatalogDbContext db) => db.Brands;
}

/// <summary>Counts and keeps the SQL statements EF Core sends.</summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    public ConcurrentQueue<string> Commands { get; } = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public void Clear() => Commands.Clear();
}

/// <summary>One seeded database and one executor per test class.</summary>
public sealed class CatalogHost : IAsyncLifetime
{
    private PostgresDatabase _database = null!;
    private ServiceProvider _services = null!;

    public SqlRecorder Sql { get; } = new();
    public IRequestExecutor Executor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("gql_data");
        var services = new ServiceCollection();
        services.AddDbContext<CatalogDbContext>(o => o.UseNpgsql(_database.ConnectionString).AddInterceptors(Sql));
        services.AddGraphQL().AddSchema(sp =>
            new CodeFirstSchemaBuilder { ServiceLookup = sp.GetRequiredService<IServiceProviderIsService>() }.AddQueryType<CatalogQuery>().Build())
            .ModifyFilterOptions(o => o.MaxInListSize = 1000)
            .ModifyPagingOptions(o => o.MaxPageSize = 50);
        _services = services.BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            await CatalogSeed.SeedAsync(scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
        }

        Executor = _services.GetRequiredService<IRequestExecutor>();
    }

    public async Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = scope.ServiceProvider });
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement.Clone();
    }

    /// <summary>Executes and fails with the response text when it carries errors.</summary>
    public async Task<JsonElement> DataAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var response = await ExecuteAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        return response.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
