using Boutique.Data.Migrations;
using Boutique.Tests.Infrastructure;
using Npgsql;

namespace Boutique.Tests.Data;

public sealed class MigratorTests
{
    private static readonly (string, string)[] ThreeFiles =
    [
        ("0001_things.sql", "CREATE TABLE things (id int PRIMARY KEY); CREATE TABLE applied_log (file text NOT NULL);"),
        ("0002_more_things.sql", "ALTER TABLE things ADD COLUMN name text; INSERT INTO applied_log VALUES ('0002');"),
        ("0003_even_more.sql", "CREATE INDEX ix_things_name ON things (name); INSERT INTO applied_log VALUES ('0003');"),
    ];

    [Fact]
    public async Task EveryMigrationFileAppliesToAnEmptyDatabaseInVersionOrder()
    {
        await using var database = await PostgresDatabase.CreateAsync(migrated: false);
        var migrator = new Migrator(database.ConnectionString);
        var expected = EmbeddedMigrationSource.Instance.Load().Select(s => s.FileName).ToList();

        var pendingBefore = await migrator.GetPendingAsync();
        var applied = await migrator.MigrateAsync();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, pendingBefore);
        Assert.Equal(expected, applied);
        Assert.Empty(await migrator.GetPendingAsync());
        Assert.Equal(expected, await AppliedNamesAsync(database));
    }

    [Fact]
    public async Task SecondRunAppliesNothing()
    {
        await using var database = await PostgresDatabase.CreateAsync(migrated: false);
        var migrator = new Migrator(database.ConnectionString);
        await migrator.MigrateAsync();

        var second = await migrator.MigrateAsync();

        Assert.Empty(second);
        Assert.Equal(EmbeddedMigrationSource.Instance.Load().Count, (await AppliedNamesAsync(database)).Count);
    }

    [Fact]
    public async Task HistoryRecordsVersionNameAndSha256OfEachFile()
    {
        await using var database = await PostgresDatabase.CreateAsync(migrated: false);
        var source = new InMemoryMigrationSource(ThreeFiles);
        await new Migrator(database.ConnectionString, source).MigrateAsync();

        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(int, string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }

        Assert.Equal(source.Load().Select(s => (s.Version, s.FileName, s.Checksum)), rows);
        Assert.All(rows, row => Assert.Matches("^[0-9a-f]{64}$", row.Item3));
    }

    [Fact]
    public async Task AChangedAppliedFileIsRefusedWithAMessageNamingIt()
    {
        await using var database = await PostgresDatabase.CreateAsync(migrated: false);
        await new Migrator(database.ConnectionString, new InMemoryMigrationSource(ThreeFiles[..2])).MigrateAsync();
        var edited = new InMemoryMigrationSource(
            ThreeFiles[0],
            ("0002_more_things.sql", "ALTER TABLE things ADD COLUMN name varchar(10); INSERT INTO applied_log VALUES ('0002');"),
            ThreeFiles[2]);

        var error = await Assert.ThrowsAsync<MigrationChecksumMismatchException>(
            () => new Migrator(database.ConnectionString, edited).MigrateAsync());

        Assert.Contains("\"0002_more_things.sql\"", error.Message);
        Assert.Equal("0002_more_things.sql", error.FileName);
        // Nothing after the refusal ran: 0003 is still pending.
        Assert.Equal(["0003_even_more.sql"], await new Migrator(database.ConnectionString, edited).GetPendingAsync());
    }

    [Fact]
    public async Task TwoMigratorsStartedAtOnceApplyEachFileExactlyOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync(migrated: false);
        var source = new InMemoryMigrationSource(ThreeFiles);
        using var start = new ManualResetEventSlim();

        Task<IReadOnlyList<string>> Run() => Task.Run(() =>
        {
            start.Wait();
            return new Migrator(database.ConnectionString, source).MigrateAsync();
        });

        var first = Run();
        var second = Run();
        start.Set();
        var results = await Task.WhenAll(first, second);

        Assert.Equal(
            ThreeFiles.Select(f => f.Item1).Order(),
            results.SelectMany(r => r).Order());
        await using var connection = await database.OpenConnectionAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM applied_log", connection);
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AFailingFileIsRolledBackAndNotRecorded()
    {
        await using var database = await PostgresDatabase.CreateAsync(migrated: false);
        var source = new InMemoryMigrationSource(
            ThreeFiles[0],
            ("0002_broken.sql", "CREATE TABLE half_done (id int); SELECT * FROM no_such_table;"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new Migrator(database.ConnectionString, source).MigrateAsync());

        Assert.Contains("\"0002_broken.sql\"", error.Message);
        Assert.Equal(["0001_things.sql"], await AppliedNamesAsync(database));
        await using var connection = await database.OpenConnectionAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('half_done') IS NULL", connection);
        Assert.Equal(true, await exists.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("1_init.sql")]
    [InlineData("0001-init.sql")]
    [InlineData("0001_Init.sql")]
    public void FilesNotNamedNnnnUnderscoreNameAreRefused(string fileName)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new InMemoryMigrationSource((fileName, "SELECT 1")).Load());

        Assert.Contains(fileName, error.Message);
    }

    [Fact]
    public void TwoFilesWithTheSameVersionAreRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new InMemoryMigrationSource(("0001_a.sql", "SELECT 1"), ("0001_b.sql", "SELECT 1")).Load());

        Assert.Contains("0001_a.sql", error.Message);
        Assert.Contains("0001_b.sql", error.Message);
    }

    private static async Task<List<string>> AppliedNamesAsync(PostgresDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT name FROM schema_migrations ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
