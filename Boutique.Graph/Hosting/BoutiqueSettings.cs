using Boutique.Data.Seed;
using Npgsql;

namespace Boutique.Graph.Hosting;

/// <summary>
/// Everything the host reads from its environment. All optional: the defaults run against the local
/// cluster that <c>./boutique up</c> starts (port 5433, trust authentication, superuser "boutique").
/// </summary>
internal sealed record BoutiqueSettings(string ConnectionString, bool MigrateOnStart, bool SeedOnStart, SeedOptions Seed)
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5433;Database=boutique;Username=boutique";

    public static BoutiqueSettings From(IConfiguration configuration) => new(
        ConnectionString: NonEmpty(configuration["BOUTIQUE_DB"]) ?? DefaultConnectionString,
        MigrateOnStart: Flag(configuration, "BOUTIQUE_MIGRATE_ON_START", true),
        SeedOnStart: Flag(configuration, "BOUTIQUE_SEED_ON_START", true),
        Seed: SeedOptions.FromConfiguration(configuration))
    {
        InMemorySubscriptions = Flag(configuration, "BOUTIQUE_INMEMORY_SUBSCRIPTIONS", false),
    };

    /// <summary>
    /// Subscription events stay in this process instead of going through PostgreSQL LISTEN/NOTIFY: for a
    /// single instance without the database (tools, some tests). Off by default, so every instance of a
    /// scaled-out API sees every event.
    /// </summary>
    public bool InMemorySubscriptions { get; init; }

    /// <summary>"127.0.0.1:5433, database boutique": how error messages name the database.</summary>
    public string DatabaseDisplayName
    {
        get
        {
            var csb = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"{csb.Host}:{csb.Port}, database \"{csb.Database ?? csb.Username}\"";
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool Flag(IConfiguration configuration, string key, bool fallback)
        => NonEmpty(configuration[key])?.Trim().ToLowerInvariant() switch
        {
            null => fallback,
            "1" or "true" or "yes" or "on" => true,
            "0" or "false" or "no" or "off" => false,
            var other => throw new InvalidOperationException($"{key} is \"{other}\"; use true or false."),
        };
}
