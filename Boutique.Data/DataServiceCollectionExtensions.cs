using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Boutique.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="NpgsqlDataSource"/> for the connection string, a pooled
    /// <see cref="IDbContextFactory{TContext}"/> over it, and a scoped <see cref="BoutiqueDbContext"/>
    /// taken from that factory (so resolvers that run concurrently can each create their own context).
    /// </summary>
    public static IServiceCollection AddBoutiqueData(this IServiceCollection services, string connectionString)
        => services.AddBoutiqueData(_ => connectionString);

    /// <summary>As above, with the connection string read when the data source is first needed.</summary>
    public static IServiceCollection AddBoutiqueData(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        services.AddSingleton(sp => BoutiqueDataSource.Create(connectionString(sp)));
        services.AddPooledDbContextFactory<BoutiqueDbContext>((sp, options) =>
            BoutiqueDbContextOptions.Configure(options, sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BoutiqueDbContext>>().CreateDbContext());
        return services;
    }
}
