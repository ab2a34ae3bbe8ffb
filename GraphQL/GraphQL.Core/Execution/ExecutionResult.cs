using GraphQL.Execution.Results;

namespace GraphQL.Execution;

/// <summary>
/// The response of spec §7.1: <c>errors</c>, <c>data</c> and <c>extensions</c>; for a subscription the
/// first result carries <see cref="ResponseStream"/> instead, one result per source event
/// (spec §6.2.3). Disposing the result releases the subscription when the stream was never read.
/// </summary>
public sealed class ExecutionResult : IAsyncDisposable
{
    /// <summary>
    /// The data entry: null when execution did not start or a non-null error reached the root.
    /// Keys are in selection order.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>
    /// True when the result has a <c>data</c> entry (possibly null): execution started (spec §7.1.2).
    /// Requests rejected before execution (parse, validation, variables) have none.
    /// </summary>
    public bool HasData { get; init; }

    /// <summary>Request errors, or field errors in response order (see the path of each); null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>The <c>extensions</c> entry, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>For a subscription: one result per event, ending when the source stream ends or the reader stops.</summary>
    public IAsyncEnumerable<ExecutionResult>? ResponseStream { get; init; }

    /// <summary>Releases the response stream (and with it the source stream and the request's services).</summary>
    public ValueTask DisposeAsync() =>
        ResponseStream is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>A result holding only errors, for requests that never reached execution.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>A result holding one error.</summary>
    public static ExecutionResult FromError(GraphQLError error) => new() { Errors = new[] { error } };

    internal static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError>? errors) =>
        new() { Data = data, HasData = true, Errors = errors };
}
