using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphQL.Client;

/// <summary>Registers generated clients; the generated <c>Add&lt;ClientName&gt;()</c> calls <see cref="AddGraphQLClient{TClient}"/>.</summary>
public static class GraphQLClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> (transient: it is a thin facade, and interceptors resolved for it
    /// come from the caller's scope), its named <see cref="HttpClient"/> and its named options.
    /// </summary>
    public static GraphQLClientBuilder AddGraphQLClient<TClient>(
        this IServiceCollection services, string name, Func<OperationExecutor, TClient> createClient)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(createClient);

        var httpClientBuilder = services.AddHttpClient(name);
        services.AddOptions<GraphQLClientOptions>(name);
        services.TryAddTransient(sp => createClient(CreateExecutor(sp, name)));
        return new GraphQLClientBuilder(name, services, httpClientBuilder);
    }

    /// <summary>The executor of the client named <paramref name="name"/>, with its HTTP and WebSocket transports.</summary>
    public static OperationExecutor CreateExecutor(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<GraphQLClientOptions>>().Get(name);
        var clientFactory = services.GetRequiredService<IHttpClientFactory>();
        var http = new HttpTransport(clientFactory, name, options, services);
        var webSocket = new WebSocketTransport(() => WebSocketUri(clientFactory, name), options, services);
        return new OperationExecutor(http, webSocket);
    }

    private static Uri WebSocketUri(IHttpClientFactory clientFactory, string name)
    {
        var baseAddress = clientFactory.CreateClient(name).BaseAddress
            ?? throw new InvalidOperationException(
                $"The GraphQL client \"{name}\" has neither a WebSocket URI nor an HTTP base address: call ConfigureWebSocketClient(o => o.Uri = ...).");
        var builder = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" };
        return builder.Uri;
    }
}
