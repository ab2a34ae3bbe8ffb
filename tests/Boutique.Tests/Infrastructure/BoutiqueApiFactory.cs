using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Boutique.Tests.Infrastructure;

/// <summary>
/// The real API host in memory, pointed at a test database. Startup migration and seeding are off:
/// test databases come migrated from the template and each test seeds what it needs.
/// </summary>
public sealed class BoutiqueApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    public BoutiqueApiFactory(PostgresDatabase database)
        : this(database.ConnectionString)
    {
    }

    /// <summary>A connection string to a port nothing listens on, for "database is down" tests.</summary>
    public static string UnreachableConnectionString()
    {
        // Bind to a free port and release it: connecting there is refused straight away.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Database=boutique;Username=boutique;Timeout=3";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("BOUTIQUE_DB", connectionString);
        builder.UseSetting("BOUTIQUE_MIGRATE_ON_START", "false");
        builder.UseSetting("BOUTIQUE_SEED_ON_START", "false");
        builder.UseEnvironment("Testing");
    }
}
