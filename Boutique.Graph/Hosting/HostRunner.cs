namespace Boutique.Graph.Hosting;

internal static class HostRunner
{
    /// <summary>Exit code when the database is unreachable (the shell script relies on it).</summary>
    public const int DatabaseUnavailable = 3;

    /// <summary>Migrates and seeds (unless disabled), then serves HTTP until stopped.</summary>
    public static async Task<int> RunBoutiqueAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<BoutiqueSettings>();
        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Boutique");
        try
        {
            if (settings.MigrateOnStart)
            {
                var applied = await startup.MigrateAsync(app.Lifetime.ApplicationStopping);
                logger.LogInformation("Migrations: {Applied}", applied.Count == 0 ? "up to date" : string.Join(", ", applied));
            }

            if (settings.SeedOnStart)
            {
                logger.LogInformation("{Seed}", await startup.SeedAsync(app.Lifetime.ApplicationStopping));
            }
        }
        catch (Exception e) when (DatabaseErrors.IsUnreachable(e))
        {
            logger.LogCritical("{Problem}", DatabaseErrors.Describe(settings, e));
            return DatabaseUnavailable;
        }

        await app.RunAsync();
        return 0;
    }
}
