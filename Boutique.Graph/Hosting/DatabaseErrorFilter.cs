using GraphQL.Execution;
using Npgsql;

namespace Boutique.Graph.Hosting;

/// <summary>
/// Turns the PostgreSQL errors a client causes or can retry into errors it can act on, instead of
/// "Unexpected Execution Error". GraphQL strings may contain U+0000 (spec §2.4.7 allows any Unicode
/// scalar value), PostgreSQL text may not: every string argument that reaches a query can hit that.
/// </summary>
internal sealed class DatabaseErrorFilter : IErrorFilter
{
    public const string NulCharacterMessage = "Text values cannot contain the NUL character (U+0000); remove it from the argument.";
    public const string StatementTimeoutMessage = "The database took too long to answer and the query was cancelled; ask for fewer items or narrow the filter, then try again.";

    public GraphQLError OnError(GraphQLError error) => FindPostgresError(error.Exception)?.SqlState switch
    {
        PostgresErrorCodes.CharacterNotInRepertoire => error.WithMessage(NulCharacterMessage).WithCode(ErrorCodes.BadUserInput),
        PostgresErrorCodes.QueryCanceled => error.WithMessage(StatementTimeoutMessage).WithCode(ErrorCodes.ExecutionTimeout),
        _ => error,
    };

    // EF Core and DataLoaders may wrap the driver's exception (InvalidOperationException, AggregateException).
    private static PostgresException? FindPostgresError(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < 8; depth++)
        {
            if (exception is PostgresException pg) return pg;
            exception = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception.InnerException;
        }

        return null;
    }
}
