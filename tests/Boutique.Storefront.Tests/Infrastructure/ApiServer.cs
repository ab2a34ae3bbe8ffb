using Boutique.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Boutique.Storefront.Tests.Infrastructure;

/// <summary>
/// The real API (Boutique.Graph) on a real Kestrel loopback port over a test database, so that the
/// storefront's HttpClients (and a browser) reach it as they would in production.
/// </summary>
public sealed class ApiServer : WebApplicationFactory<Program>
{
    private readonly string _connectionString;

    public ApiServer(string connectionString)
    {
        _connectionString = connectionString;
        UseKestrel(0);
        StartServer();
        BaseUrl = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public Uri BaseUrl { get; }

    public Uri GraphQLUrl => new(BaseUrl, "/graphql");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("BOUTIQUE_DB", _connectionString);
        builder.UseSetting("BOUTIQUE_MIGRATE_ON_START", "false");
        builder.UseSetting("BOUTIQUE_SEED_ON_START", "false");
        builder.UseEnvironment("Testing");
    }
}
