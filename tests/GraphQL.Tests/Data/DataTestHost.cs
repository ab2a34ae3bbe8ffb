using System.Security.Claims;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

/// <summary>
/// A seeded catalog database and an executor whose services and schema each test class configures:
/// for the conventions that need their own registrations (per-field DbContexts, authorization, loaders).
/// </summary>
public abstract class DataTestHost : IAsyncLifetime
{
    private PostgresDatabase _database = null!;
    private ServiceProvider _services = null!;

    public SqlRecorder Sql { get; } = new();
    public IRequestExecutor Executor { get; private set; } = null!;
    public IServiceProvider Services => _services;
    protected string ConnectionString => _database.ConnectionString;

    public DbContextOptions<CatalogDbContext> Options => new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql(ConnectionString).AddInterceptors(Sql).Options;

    protected abstract void Configure(IServiceCollection services);

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("gql_data");
        await using (var db = new CatalogDbContext(new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql(ConnectionString).Options))
        {
            await CatalogSeed.SeedAsync(db);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        Configure(services);
        _services = services.BuildServiceProvider();
        Executor = _services.GetRequiredService<IRequestExecutor>();
    }

    public async Task<JsonElement> ExecuteAsync(string query, ClaimsPrincipal? user = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = scope.ServiceProvider, User = user });
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement.Clone();
    }

    public async Task<string> ExecuteTextAsync(string query, ClaimsPrincipal? user = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = scope.ServiceProvider, User = user });
        return ExecutionResultWriter.ToJson(result);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    public static ClaimsPrincipal User(params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "ada") };
        foreach (var role in roles) claims.Add(new Claim(ClaimTypes.Role, role));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    public static ClaimsPrincipal UserWithClaims(params Claim[] claims) =>
        new(new ClaimsIdentity(claims.Prepend(new Claim(ClaimTypes.Name, "ada")), "test"));
}
