using System.Net;
using System.Text.Json;
using Boutique.Data.Migrations;
using Boutique.Tests.Infrastructure;

namespace Boutique.Tests.Graph;

[Collection(HostCollection.Name)]
public sealed class HealthEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task LivenessAnswers200()
    {
        await using var api = new BoutiqueApiFactory(database);

        var response = await api.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LivenessAnswers200EvenWhenTheDatabaseIsDown()
    {
        await using var api = new BoutiqueApiFactory(BoutiqueApiFactory.UnreachableConnectionString());

        var response = await api.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ReadinessAnswers200WithMigrationCountsWhenTheDatabaseIsMigrated()
    {
        await using var api = new BoutiqueApiFactory(database);
        var files = (await new Migrator(database.ConnectionString).GetStatusAsync()).Applied;

        var response = await api.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            $$$"""{"status":"ready","database":"reachable","migrations":{"applied":{{{files}}},"pending":0}}""",
            body);
        Assert.True(files > 0);
    }

    [Fact]
    public async Task ReadinessAnswers503NamingTheServerWhenTheDatabaseIsUnreachable()
    {
        var connectionString = BoutiqueApiFactory.UnreachableConnectionString();
        await using var api = new BoutiqueApiFactory(connectionString);

        var response = await api.CreateClient().GetAsync("/readyz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("not-ready", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("unreachable", json.RootElement.GetProperty("database").GetString());
        var port = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Port;
        Assert.Contains($"127.0.0.1:{port}", json.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ReadinessAnswers503WhileMigrationsArePending()
    {
        await using var empty = await PostgresDatabase.CreateAsync(migrated: false);
        await using var api = new BoutiqueApiFactory(empty);

        var response = await api.CreateClient().GetAsync("/readyz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("reachable", json.RootElement.GetProperty("database").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("migrations").GetProperty("applied").GetInt32());
        Assert.True(json.RootElement.GetProperty("migrations").GetProperty("pending").GetInt32() > 0);
        Assert.Contains("0001_initial.sql", json.RootElement.GetProperty("reason").GetString());
    }
}
