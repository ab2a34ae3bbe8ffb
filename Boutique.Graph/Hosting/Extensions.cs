using Boutique.Data;
using Boutique.Graph.Health;

namespace Boutique.Graph.Hosting;

internal static class Extensions
{
    public static void AddBoutiqueSettings(this WebApplicationBuilder builder)
        => builder.Services.AddSingleton(sp => BoutiqueSettings.From(sp.GetRequiredService<IConfiguration>()));

    public static void AddBoutiqueDatabase(this WebApplicationBuilder builder)
    {
        // Read lazily through the settings so test hosts can override BOUTIQUE_DB after Program runs.
        builder.Services.AddBoutiqueData(sp => sp.GetRequiredService<BoutiqueSettings>().ConnectionString);
        builder.Services.AddSingleton<DatabaseStartup>();
    }

    public static void AddBoutiqueHealthChecks(this WebApplicationBuilder builder)
        => builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadinessCheck>("database", tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));

    public static void MapBoutiqueHealthChecks(this WebApplication app) => HealthEndpoints.Map(app);
}
