using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GraphQL.Client;

/// <summary>
/// What a generated operation calls: sends the request through the client's transports and turns each
/// response into an <see cref="IOperationResult{T}"/> with the generated, reflection-free data parser.
/// </summary>
public sealed class OperationExecutor
{
    private readonly IGraphQLTransport _transport;
    private readonly IGraphQLStreamTransport? _streamTransport;

    public OperationExecutor(IGraphQLTransport transport, IGraphQLStreamTransport? streamTransport = null)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        _streamTransport = streamTransport;
    }

    /// <summary>Runs a query or mutation.</summary>
    public async Task<IOperationResult<T>> ExecuteAsync<T>(OperationRequest request, Func<JsonElement, T> parseData, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return CreateResult(request, response, parseData);
    }

    /// <summary>Runs a subscription: one result per event, until the server completes it or the caller stops.</summary>
    public async IAsyncEnumerable<IOperationResult<T>> Watch<T>(
        OperationRequest request, Func<JsonElement, T> parseData, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        if (_streamTransport is null)
        {
            throw new InvalidOperationException(
                $"The subscription \"{request.Name}\" needs a WebSocket transport: call ConfigureWebSocketClient(...) on the client builder.");
        }

        await foreach (var response in _streamTransport.SubscribeAsync(request, cancellationToken).ConfigureAwait(false))
        {
            using (response)
            {
                yield return CreateResult(request, response, parseData);
            }
        }
    }

    private static IOperationResult<T> CreateResult<T>(OperationRequest request, GraphQLResponse response, Func<JsonElement, T> parseData)
        where T : class
    {
        T? data = null;
        if (response.Data.ValueKind == JsonValueKind.Object)
        {
            try
            {
                data = parseData(response.Data);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException)
            {
                throw new GraphQLClientException(
                    $"The data of operation \"{request.Name}\" does not have the shape of its selection set: {e.Message}", e);
            }
        }

        return new OperationResult<T>(data, response.Errors, response.Extensions);
    }
}
