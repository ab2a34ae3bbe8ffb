using System.Security.Cryptography;
using System.Text;
using Boutique.Data.Migrations;
using Npgsql;

namespace Boutique.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run against: <c>BOUTIQUE_TEST_PG</c> (a superuser connection string to
/// its maintenance database, exported by the test command), else the local development cluster.
/// Owns the migrated template database that every <see cref="PostgresDatabase"/> is cloned from.
/// </summary>
public static class TestPostgres
{
    public const string TemplateName = "boutique_template";
    private const string FallbackConnectionString = "Host=127.0.0.1;Port=5433;Username=boutique;Database=postgres";

    /// <summary>Taken on the maintenance database while the template is checked or built, so test assemblies running at once build it once.</summary>
    private const long TemplateLockKey = 0x62745F74656D706C; // "bt_templ"

    private static readonly Lazy<Task> Template = new(BuildTemplateAsync);

    public static string MaintenanceConnectionString { get; } =
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("BOUTIQUE_TEST_PG"))
            ? FallbackConnectionString
            : Environment.GetEnvironmentVariable("BOUTIQUE_TEST_PG")!;

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(MaintenanceConnectionString) { Database = database }.ConnectionString;

    /// <summary>Builds the migrated template once per test run (and again only when the migration files changed).</summary>
    public static Task EnsureTemplateAsync() => Template.Value;

    public static async Task CreateDatabaseAsync(string name, string? template)
    {
        var sql = template is null
            ? $"CREATE DATABASE \"{name}\" TEMPLATE template0"
            : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
        await ExecuteOnMaintenanceAsync(sql);
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(name)));
        await ExecuteOnMaintenanceAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task BuildTemplateAsync()
    {
        var fingerprint = MigrationsFingerprint();
        await using var connection = await OpenMaintenanceAsync();
        await Execute(connection, $"SELECT pg_advisory_lock({TemplateLockKey})");
        try
        {
            await using (var check = new NpgsqlCommand(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", connection))
            {
                check.Parameters.Add(new NpgsqlParameter { Value = TemplateName });
                if (await check.ExecuteScalarAsync() is string existing && existing == fingerprint)
                {
                    return;
                }
            }

            await Execute(connection, $"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)");
            await Execute(connection, $"CREATE DATABASE \"{TemplateName}\" TEMPLATE template0");
            // No pooling: an idle pooled connection to the template would make every clone fail
            // with "source database is being accessed by other users".
            var templateConnection = new NpgsqlConnectionStringBuilder(ConnectionStringFor(TemplateName)) { Pooling = false };
            await new Migrator(templateConnection.ConnectionString).MigrateAsync();
            // Written last: a half-built template has no fingerprint and is rebuilt next time.
            await Execute(connection, $"COMMENT ON DATABASE \"{TemplateName}\" IS '{fingerprint}'");
        }
        finally
        {
            await Execute(connection, $"SELECT pg_advisory_unlock({TemplateLockKey})");
        }
    }

    private static string MigrationsFingerprint()
    {
        var assembly = typeof(Migrator).Assembly;
        var text = new StringBuilder();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            text.Append(name).Append('\n').Append(reader.ReadToEnd()).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static async Task ExecuteOnMaintenanceAsync(string sql)
    {
        await using var connection = await OpenMaintenanceAsync();
        await Execute(connection, sql);
    }

    private static async Task<NpgsqlConnection> OpenMaintenanceAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(MaintenanceConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"The tests need PostgreSQL at \"{MaintenanceConnectionString}\" and could not connect ({e.Message}). " +
                "Run them with ./boutique test, or start a cluster and set BOUTIQUE_TEST_PG.", e);
        }

        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 120;
        await command.ExecuteNonQueryAsync();
    }
}
