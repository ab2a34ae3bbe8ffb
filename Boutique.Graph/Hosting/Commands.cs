using Npgsql;

namespace Boutique.Graph.Hosting;

/// <summary>The verbs the shell script calls: they print plain lines for people and exit.</summary>
internal static class Commands
{
    public static async Task<int> RunCommandAsync(this WebApplication app, string verb)
    {
        var settings = app.Services.GetRequiredService<BoutiqueSettings>();
        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            switch (verb)
            {
                case "migrate":
                    PrintApplied(await startup.MigrateAsync(cancel.Token));
                    return 0;
                case "seed":
                    PrintApplied(await startup.MigrateAsync(cancel.Token));
                    var seeded = await startup.SeedAsync(cancel.Token);
                    Console.WriteLine(seeded.ToString());
                    return 0;
                case "check-db":
                    return await CheckDatabaseAsync(settings, cancel.Token);
                case "print-schema":
                    // Needs no database: `dotnet Boutique.Graph.dll print-schema > schema.graphql`.
                    Console.Out.Write(GraphQLSetup.PrintSchema(app.Services));
                    return 0;
                default:
                    Console.Error.WriteLine($"Unknown command \"{verb}\". Use one of: {string.Join(", ", CommandLine.Verbs)}, or no command to run the API.");
                    return 2;
            }
        }
        catch (Exception e) when (DatabaseErrors.IsUnreachable(e))
        {
            Console.Error.WriteLine(DatabaseErrors.Describe(settings, e));
            return HostRunner.DatabaseUnavailable;
        }
    }

    private static void PrintApplied(IReadOnlyList<string> applied)
    {
        Console.WriteLine(applied.Count == 0
            ? "Database is up to date; no migrations to apply."
            : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
    }

    /// <summary>Exit 0 when the server answers. A missing database counts as reachable: migrate creates it.</summary>
    private static async Task<int> CheckDatabaseAsync(BoutiqueSettings settings, CancellationToken ct)
    {
        var csb = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(csb.ConnectionString);
            await connection.OpenAsync(ct);
            Console.WriteLine($"PostgreSQL at {settings.DatabaseDisplayName} is reachable.");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            Console.WriteLine($"PostgreSQL at {csb.Host}:{csb.Port} is reachable; database \"{csb.Database}\" does not exist yet (migrate creates it).");
        }

        return 0;
    }
}
