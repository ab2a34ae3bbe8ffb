using Boutique.Data;
using Boutique.Data.Seed;
using Boutique.Tests.Infrastructure;

namespace Boutique.Storefront.Tests.Infrastructure;

/// <summary>
/// The demo catalog seeded into a fresh database, the real API over it on a loopback port and the storefront
/// pointed at that API: what every page test reads. Shared by the "Shop" collection (the tests only read).
/// </summary>
public sealed class Shop : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new();

    public ApiServer Api { get; private set; } = null!;

    public StorefrontHost Storefront { get; private set; } = null!;

    public BoutiqueDbContext CreateDbContext() => Database.CreateDbContext();

    public Task<Page> GetAsync(string url) => Page.GetAsync(Storefront.CreatePageClient(), url);

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateDbContext())
        {
            await new DemoSeeder().SeedAsync(db, new SeedOptions(), CancellationToken.None);
        }

        Api = new ApiServer(Database.ConnectionString);
        Storefront = new StorefrontHost(Api.GraphQLUrl);
    }

    public async Task DisposeAsync()
    {
        await Storefront.DisposeAsync();
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ShopCollection : ICollectionFixture<Shop>
{
    public const string Name = "Shop";
}
