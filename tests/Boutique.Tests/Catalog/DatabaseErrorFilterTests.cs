using Boutique.Graph.Hosting;
using GraphQL.Execution;
using Npgsql;

namespace Boutique.Tests.Catalog;

/// <summary>Which PostgreSQL errors the API explains to clients, and which stay internal.</summary>
public sealed class DatabaseErrorFilterTests
{
    private static GraphQLError Internal(Exception exception) =>
        new("Unexpected Execution Error", path: ["products"], extensions: new Dictionary<string, object?> { ["code"] = "INTERNAL_SERVER_ERROR", ["exception"] = "details" }, exception: exception);

    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);

    [Fact]
    public void AStatementTimeoutIsAnExecutionTimeoutEvenWhenWrapped()
    {
        var error = new DatabaseErrorFilter().OnError(Internal(new InvalidOperationException("wrapped", Postgres(PostgresErrorCodes.QueryCanceled))));

        Assert.Equal("EXECUTION_TIMEOUT", error.Code);
        Assert.Equal(DatabaseErrorFilter.StatementTimeoutMessage, error.Message);
        Assert.Equal(["products"], error.Path);
        Assert.False(error.Extensions!.ContainsKey("exception"));
    }

    [Fact]
    public void OtherDatabaseErrorsStayInternal()
    {
        var original = Internal(Postgres(PostgresErrorCodes.UniqueViolation));

        Assert.Same(original, new DatabaseErrorFilter().OnError(original));
    }
}
