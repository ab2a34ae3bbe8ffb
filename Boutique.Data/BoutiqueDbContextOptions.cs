using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Boutique.Data;

public static class BoutiqueDbContextOptions
{
    // EF's thread-safety check (its ConcurrencyDetector) writes an AsyncLocal twice per row it reads, and
    // each write allocates a new ExecutionContext and value map: 81 KB, about a fifth of everything the
    // catalog listing allocated per request (300 variant rows), plus the CPU. The check only catches two
    // operations sharing one context at once, which the API never does: every resolver and DataLoader
    // batch leases its own context from the pooled factory (GraphQLSetup's RegisterDbContextFactory,
    // CatalogDataLoaders), and the scoped context serves one command at a time.
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource)
        => options.UseNpgsql(dataSource).EnableThreadSafetyChecks(false);

    public static DbContextOptions<BoutiqueDbContext> For(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<BoutiqueDbContext>();
        builder.UseNpgsql(connectionString);
        return builder.Options;
    }
}
