using System.Net.Sockets;
using Npgsql;

namespace Boutique.Graph.Hosting;

internal static class DatabaseErrors
{
    /// <summary>True for failures that mean "the database cannot be reached", as opposed to bugs.</summary>
    public static bool IsUnreachable(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
            || pg.SqlState.StartsWith("28", StringComparison.Ordinal) // authentication
            || pg.SqlState == PostgresErrorCodes.InvalidCatalogName
            || pg.SqlState == PostgresErrorCodes.CannotConnectNow,
        NpgsqlException or SocketException or TimeoutException => true,
        _ => e.InnerException is { } inner && IsUnreachable(inner),
    };

    /// <summary>One sentence a person can act on, naming where we tried to connect.</summary>
    public static string Describe(BoutiqueSettings settings, Exception e)
        => $"Cannot reach PostgreSQL at {settings.DatabaseDisplayName}: {Reason(e)}. " +
           "Start it (./boutique db) or point BOUTIQUE_DB at a running server.";

    private static string Reason(Exception e) => e switch
    {
        PostgresException pg => pg.MessageText.TrimEnd('.'),
        { InnerException: SocketException socket } => socket.Message.TrimEnd('.'),
        { InnerException: { } inner } when inner is not PostgresException => Reason(inner),
        _ => e.Message.TrimEnd('.'),
    };
}
