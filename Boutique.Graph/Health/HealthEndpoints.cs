using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Boutique.Graph.Health;

/// <summary>
/// <c>/healthz</c>: the process is alive (no dependency checked, so a database outage never gets the
/// API restarted). <c>/readyz</c>: the database is reachable and fully migrated; 503 with the reason otherwise.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void Map(WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadinessAsync,
        });
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var database = report.Entries.TryGetValue("database", out var entry) ? entry : default;
        var data = database.Data ?? new Dictionary<string, object>();
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status == HealthStatus.Healthy ? "ready" : "not-ready",
            ["database"] = data.GetValueOrDefault(DatabaseReadinessCheck.DatabaseKey) ?? "unreachable",
        };
        if (data.TryGetValue(DatabaseReadinessCheck.AppliedKey, out var applied) && data.TryGetValue(DatabaseReadinessCheck.PendingKey, out var pending))
        {
            body["migrations"] = new Dictionary<string, object> { ["applied"] = applied, ["pending"] = pending };
        }

        if (report.Status != HealthStatus.Healthy)
        {
            body["reason"] = database.Description ?? "The readiness check did not run.";
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
