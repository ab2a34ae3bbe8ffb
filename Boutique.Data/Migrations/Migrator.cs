using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Boutique.Data.Migrations;

/// <summary>
/// Applies the SQL files under Migrations/ in version order, each in its own transaction, and records
/// them in <c>schema_migrations</c>. A session-level advisory lock is held for the whole run, so several
/// API instances starting at once apply each file exactly once; an applied file whose checksum changed
/// stops the run before anything is applied.
/// </summary>
public sealed class Migrator
{
    /// <summary>Arbitrary but fixed: the advisory lock key every boutique migrator agrees on.</summary>
    internal const long AdvisoryLockKey = 0x626F757469717565; // "boutique"

    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY,
            name text NOT NULL,
            checksum char(64) NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    private readonly string _connectionString;
    private readonly IMigrationSource _source;
    private readonly ILogger _logger;

    public Migrator(string connectionString, ILogger<Migrator>? logger = null)
        : this(connectionString, EmbeddedMigrationSource.Instance, logger)
    {
    }

    internal Migrator(string connectionString, IMigrationSource source, ILogger<Migrator>? logger = null)
    {
        _connectionString = connectionString;
        _source = source;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Applies every pending file; returns their file names in the order applied (empty when up to date).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var scripts = _source.Load();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);

        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
        try
        {
            await ExecuteAsync(connection, CreateHistoryTable, ct);
            var applied = await ReadAppliedAsync(connection, ct);
            VerifyChecksums(scripts, applied);

            var done = new List<string>();
            foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Version)))
            {
                await ApplyAsync(connection, script, ct);
                done.Add(script.FileName);
            }

            return done;
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    /// <summary>The file names not yet applied, in the order they would be applied.</summary>
    public async Task<IReadOnlyList<string>> GetPendingAsync(CancellationToken ct = default)
        => (await GetStatusAsync(ct)).Pending;

    public async Task<MigrationStatus> GetStatusAsync(CancellationToken ct = default)
    {
        var scripts = _source.Load();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);
        var applied = await HistoryTableExistsAsync(connection, ct)
            ? await ReadAppliedAsync(connection, ct)
            : [];
        var pending = scripts.Where(s => !applied.ContainsKey(s.Version)).Select(s => s.FileName).ToList();
        return new MigrationStatus(applied.Count, pending);
    }

    private async Task ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken ct)
    {
        _logger.LogInformation("Applying migration {File}", script.FileName);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var command = new NpgsqlCommand(script.Sql, connection, transaction))
        {
            command.CommandTimeout = 0; // a migration may rewrite a big table; it must not be cut off half way.
            try
            {
                await command.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e)
            {
                throw new InvalidOperationException($"Migration \"{script.FileName}\" failed and was rolled back: {e.MessageText}", e);
            }
        }

        await using (var record = new NpgsqlCommand(
            "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = script.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = script.FileName });
            record.Parameters.Add(new NpgsqlParameter { Value = script.Checksum });
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private void VerifyChecksums(IReadOnlyList<MigrationScript> scripts, Dictionary<int, (string Name, string Checksum)> applied)
    {
        foreach (var script in scripts)
        {
            if (applied.TryGetValue(script.Version, out var row) && row.Checksum != script.Checksum)
            {
                throw new MigrationChecksumMismatchException(script.FileName, row.Checksum, script.Checksum);
            }
        }

        foreach (var (version, row) in applied)
        {
            if (scripts.All(s => s.Version != version))
            {
                _logger.LogWarning("Migration {File} is recorded in schema_migrations but no longer exists as a file", row.Name);
            }
        }
    }

    private async Task UnlockAsync(NpgsqlConnection connection)
    {
        // Unlock even when cancelled. If the connection broke, the server already dropped the session and
        // its lock; Npgsql's reset on return to the pool (DISCARD ALL) is the last line of defence.
        try
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
        catch (NpgsqlException e)
        {
            _logger.LogWarning(e, "Could not release the migration lock explicitly; it is released when the connection closes");
        }
    }

    private static async Task<bool> HistoryTableExistsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var applied = new Dictionary<int, (string, string)>();
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 0; // waiting for another instance's lock is expected, not an error.
        await command.ExecuteNonQueryAsync(ct);
    }
}
