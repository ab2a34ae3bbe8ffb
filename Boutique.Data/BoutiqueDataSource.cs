using Npgsql;

namespace Boutique.Data;

public static class BoutiqueDataSource
{
    /// <summary>The Npgsql data source every part of the app shares (EF Core, raw SQL, LISTEN/NOTIFY).</summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "boutique";
        return builder.Build();
    }
}
