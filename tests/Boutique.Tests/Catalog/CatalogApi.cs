using Boutique.Data;
using Boutique.Data.Seed;
using Boutique.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boutique.Tests.Catalog;

/// <summary>
/// One seeded demo catalog and the real API host over it, shared by a test class that only reads.
/// Every EF Core statement the host sends is recorded by <see cref="Statements"/>.
/// </summary>
public sealed class CatalogApi : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();
    public SqlStatementCounter Statements { get; } = new();
    private BoutiqueApiFactory _factory = null!;

    /// <summary>The API factory with the statement counter added to every DbContext.</summary>
    public WebApplicationFactory<Program> Host { get; private set; } = null!;
    public GraphQLHttp GraphQL { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateDbContext())
        {
            await new DemoSeeder().SeedAsync(db, new SeedOptions(), CancellationToken.None);
        }

        _factory = new BoutiqueApiFactory(Database);
        Host = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<BoutiqueDbContext>(options => options.AddInterceptors(Statements))));
        GraphQL = new GraphQLHttp(Host.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
