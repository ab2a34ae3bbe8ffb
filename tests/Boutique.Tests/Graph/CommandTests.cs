using Boutique.Data.Migrations;
using Boutique.Graph.Hosting;
using Boutique.Tests.Infrastructure;

namespace Boutique.Tests.Graph;

/// <summary>Runs Program.Main in-process with the verbs the shell script uses.</summary>
[Collection(HostCollection.Name)]
public sealed class CommandTests
{
    [Fact]
    public async Task CheckDbExitsWith3WhenTheDatabaseIsUnreachable()
    {
        var exitCode = await RunProgramAsync("check-db", $"--BOUTIQUE_DB={BoutiqueApiFactory.UnreachableConnectionString()}");

        Assert.Equal(HostRunner.DatabaseUnavailable, exitCode);
    }

    [Fact]
    public async Task CheckDbExitsWith0WhenTheServerAnswers()
    {
        var exitCode = await RunProgramAsync("check-db", $"--BOUTIQUE_DB={TestPostgres.MaintenanceConnectionString}");

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task MigrateCreatesAMissingDatabaseAppliesEveryFileAndExits0()
    {
        var name = $"bt_{Guid.NewGuid():N}";
        var connectionString = TestPostgres.ConnectionStringFor(name);
        try
        {
            var exitCode = await RunProgramAsync("migrate", $"--BOUTIQUE_DB={connectionString}");

            Assert.Equal(0, exitCode);
            Assert.Empty(await new Migrator(connectionString).GetPendingAsync());
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task StartingTheApiWithAnUnreachableDatabaseExitsWith3InsteadOfCrashing()
    {
        var exitCode = await RunProgramAsync($"--BOUTIQUE_DB={BoutiqueApiFactory.UnreachableConnectionString()}", "--urls=http://127.0.0.1:0");

        Assert.Equal(HostRunner.DatabaseUnavailable, exitCode);
    }

    [Fact]
    public async Task AnUnknownVerbExitsWith2()
    {
        Assert.Equal(2, await RunProgramAsync("migrat"));
    }

    [Fact]
    public void TheUnreachableMessageIsOneSentenceNamingHostPortAndWhatToDo()
    {
        var settings = new BoutiqueSettings("Host=db.example;Port=6543;Database=shop;Username=boutique", true, true, new());

        var message = DatabaseErrors.Describe(settings, new Npgsql.NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111)));

        Assert.StartsWith("Cannot reach PostgreSQL at db.example:6543, database \"shop\": ", message);
        Assert.EndsWith("Start it (./boutique db) or point BOUTIQUE_DB at a running server.", message);
        Assert.DoesNotContain("\n", message);
    }

    private static Task<int> RunProgramAsync(params string[] args) => Task.Run(() =>
    {
        var entryPoint = typeof(Program).Assembly.EntryPoint!;
        return (int)entryPoint.Invoke(null, [args])!;
    });
}
