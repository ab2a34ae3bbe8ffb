using Boutique.Data;
using Boutique.Data.Migrations;
using Boutique.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Boutique.Graph.Hosting;

/// <summary>The database work the host does before serving: create the database if missing, migrate, seed.</summary>
internal sealed class DatabaseStartup(BoutiqueSettings settings, IDbContextFactory<BoutiqueDbContext> contexts, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger("Boutique.Database");

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        await EnsureDatabaseExistsAsync(ct);
        return await new Migrator(settings.ConnectionString, loggers.CreateLogger<Migrator>()).MigrateAsync(ct);
    }

    public async Task<SeedResult> SeedAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await new DemoSeeder().SeedAsync(db, settings.Seed, ct);
    }

    /// <summary>
    /// The local cluster starts with only the maintenance database; creating ours here means a fresh
    /// cluster needs no separate createdb step.
    /// </summary>
    private async Task EnsureDatabaseExistsAsync(CancellationToken ct)
    {
        try
        {
            await using var probe = new NpgsqlConnection(settings.ConnectionString);
            await probe.OpenAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
            var name = target.Database!;
            var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(ct);
                _logger.LogInformation("Created database {Database}", name);
            }
            catch (PostgresException race) when (race.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it a moment ago: that is what we wanted.
            }
        }
    }
}
