using System.Text.Json;

namespace GraphQL.Client;

/// <summary>
/// The outcome of one GraphQL operation (GraphQL over HTTP response / a <c>next</c> message): the typed
/// <c>data</c> shaped by the operation's selection sets, and the GraphQL <c>errors</c> (spec §7.1.2).
/// A result can carry both: fields that failed are null and listed in <see cref="Errors"/>.
/// </summary>
public interface IOperationResult<out T> where T : class
{
    /// <summary>The <c>data</c> entry; null when the request failed before execution or a non-null root field failed.</summary>
    T? Data { get; }

    /// <summary>The GraphQL errors of the response, empty when there were none.</summary>
    IReadOnlyList<IClientError> Errors { get; }

    /// <summary>The response's <c>extensions</c> entry, if any.</summary>
    IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <summary>True when <see cref="Errors"/> is not empty.</summary>
    bool HasErrors { get; }

    /// <summary>Throws <see cref="GraphQLClientException"/> listing every error when the result has any.</summary>
    void EnsureNoErrors();
}

/// <summary>The runtime's implementation of <see cref="IOperationResult{T}"/>.</summary>
public sealed class OperationResult<T> : IOperationResult<T> where T : class
{
    private static readonly IReadOnlyDictionary<string, JsonElement> s_noExtensions = new Dictionary<string, JsonElement>();

    public OperationResult(T? data, IReadOnlyList<IClientError>? errors = null, IReadOnlyDictionary<string, JsonElement>? extensions = null)
    {
        Data = data;
        Errors = errors ?? Array.Empty<IClientError>();
        Extensions = extensions ?? s_noExtensions;
    }

    public T? Data { get; }

    public IReadOnlyList<IClientError> Errors { get; }

    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    public bool HasErrors => Errors.Count > 0;

    public void EnsureNoErrors()
    {
        if (Errors.Count > 0) throw new GraphQLClientException(Errors);
    }
}
