using Boutique.Data.Migrations;
using Boutique.Graph.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Boutique.Graph.Health;

/// <summary>Ready = the database answers and every migration file has been applied.</summary>
internal sealed class DatabaseReadinessCheck(BoutiqueSettings settings) : IHealthCheck
{
    public const string DatabaseKey = "database";
    public const string AppliedKey = "applied";
    public const string PendingKey = "pending";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Timeout = 3 }.ConnectionString;
        MigrationStatus status;
        try
        {
            status = await new Migrator(connectionString).GetStatusAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.IsUnreachable(e))
        {
            return HealthCheckResult.Unhealthy(
                DatabaseErrors.Describe(settings, e),
                data: new Dictionary<string, object> { [DatabaseKey] = "unreachable" });
        }

        var data = new Dictionary<string, object>
        {
            [DatabaseKey] = "reachable",
            [AppliedKey] = status.Applied,
            [PendingKey] = status.Pending.Count,
        };
        return status.Pending.Count == 0
            ? HealthCheckResult.Healthy("Database reachable and migrated.", data)
            : HealthCheckResult.Unhealthy($"{status.Pending.Count} migration(s) not applied yet: {string.Join(", ", status.Pending)}.", data: data);
    }
}
