using Boutique.Data;
using Npgsql;

namespace Boutique.Tests.Infrastructure;

/// <summary>
/// A throwaway database of its own for one test class (use as <c>IClassFixture&lt;PostgresDatabase&gt;</c>):
/// a clone of the migrated template, dropped afterwards. <see cref="CreateAsync"/> makes extra ones,
/// migrated or empty, inside a test.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime, IAsyncDisposable
{
    private readonly bool _migrated;

    public PostgresDatabase()
        : this(migrated: true)
    {
    }

    private PostgresDatabase(bool migrated)
    {
        _migrated = migrated;
        Name = $"bt_{Guid.NewGuid():N}";
        ConnectionString = TestPostgres.ConnectionStringFor(Name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A new database: a clone of the migrated template, or (migrated: false) completely empty.</summary>
    public static async Task<PostgresDatabase> CreateAsync(bool migrated = true)
    {
        var database = new PostgresDatabase(migrated);
        await database.InitializeAsync();
        return database;
    }

    public BoutiqueDbContext CreateDbContext() => new(BoutiqueDbContextOptions.For(ConnectionString));

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task InitializeAsync()
    {
        if (_migrated)
        {
            await TestPostgres.EnsureTemplateAsync();
            await TestPostgres.CreateDatabaseAsync(Name, TestPostgres.TemplateName);
        }
        else
        {
            await TestPostgres.CreateDatabaseAsync(Name, template: null);
        }
    }

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(Name);

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
