using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Boutique.Data;

public static class BoutiqueDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource)
        => options.UseNpgsql(dataSource);

    public static DbContextOptions<BoutiqueDbContext> For(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<BoutiqueDbContext>();
        builder.UseNpgsql(connectionString);
        return builder.Options;
    }
}
