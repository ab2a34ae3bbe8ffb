using Npgsql;

namespace GraphQL.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database for one test class on the server of <c>BOUTIQUE_TEST_PG</c> (a superuser
/// connection string; default <c>Host=127.0.0.1;Port=5434;Username=boutique;Database=postgres</c>),
/// dropped when the class is done.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private const string Fallback = "Host=127.0.0.1;Port=5434;Username=boutique;Database=postgres";
    private readonly string _server;

    private PostgresDatabase(string server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(string prefix)
    {
        var server = Environment.GetEnvironmentVariable("BOUTIQUE_TEST_PG");
        if (string.IsNullOrWhiteSpace(server)) server = Fallback;
        var name = (prefix + "_" + Guid.NewGuid().ToString("N")[..12]).ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new PostgresDatabase(server, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
