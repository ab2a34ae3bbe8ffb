using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Executes GraphQL requests against one schema; the transport's entry point. Thread-safe, one per schema.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    /// <summary>
    /// Runs the request pipeline (parse, validate, coerce variables, check limits, execute). Never throws
    /// for a bad request — problems are errors of the result — except <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Gives the executor of a named schema (<c>AddGraphQL(name)</c>), built on first use.</summary>
public interface IRequestExecutorResolver
{
    ValueTask<IRequestExecutor> GetRequestExecutorAsync(string? schemaName = null, CancellationToken cancellationToken = default);
}
