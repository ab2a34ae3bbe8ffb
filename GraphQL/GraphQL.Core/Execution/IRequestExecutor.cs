using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Executes GraphQL requests against one schema; the transport's entry point. Thread-safe, one per schema.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    /// <summary>
    /// Runs the request pipeline (parse, validate, coerce variables, check limits, execute). Never throws
    /// for a bad request — problems are errors of the result — except <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> is cancelled. A request that completes synchronously (a cached
    /// document whose resolvers do not await) allocates no task; like any <see cref="ValueTask{TResult}"/>, await
    /// the result once (or call <see cref="ValueTask{TResult}.AsTask"/>).
    /// </summary>
    ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Gives the executor of a named schema (<c>AddGraphQL(name)</c>), built on first use.</summary>
public interface IRequestExecutorResolver
{
    ValueTask<IRequestExecutor> GetRequestExecutorAsync(string? schemaName = null, CancellationToken cancellationToken = default);
}
