using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Client;

/// <summary>
/// Configures one generated client (named after it, e.g. <c>BoutiqueClient</c>): its HTTP client (a named
/// <see cref="IHttpClientFactory"/> client), its WebSocket transport, request interceptors and persisted operations.
/// Returned by the generated <c>services.Add&lt;ClientName&gt;()</c>.
/// </summary>
public sealed class GraphQLClientBuilder
{
    internal GraphQLClientBuilder(string name, IServiceCollection services, IHttpClientBuilder httpClientBuilder)
    {
        Name = name;
        Services = services;
        HttpClientBuilder = httpClientBuilder;
    }

    /// <summary>The client's name: the name of its <see cref="HttpClient"/> and of its <see cref="GraphQLClientOptions"/>.</summary>
    public string Name { get; }

    public IServiceCollection Services { get; }

    /// <summary>The named HTTP client, for message handlers, resilience, etc.</summary>
    public IHttpClientBuilder HttpClientBuilder { get; }

    /// <summary>Configures the <see cref="HttpClient"/>, e.g. <c>c =&gt; c.BaseAddress = new Uri("http://localhost:5080/graphql")</c>.</summary>
    public GraphQLClientBuilder ConfigureHttpClient(Action<HttpClient> configure)
    {
        HttpClientBuilder.ConfigureHttpClient(configure);
        return this;
    }

    /// <summary>Configures the <see cref="HttpClient"/> with access to services (configuration, environment).</summary>
    public GraphQLClientBuilder ConfigureHttpClient(Action<IServiceProvider, HttpClient> configure)
    {
        HttpClientBuilder.ConfigureHttpClient(configure);
        return this;
    }

    /// <summary>Configures the <c>graphql-transport-ws</c> transport used by subscriptions.</summary>
    public GraphQLClientBuilder ConfigureWebSocketClient(Action<GraphQLWebSocketOptions> configure)
    {
        Services.Configure<GraphQLClientOptions>(Name, o => configure(o.WebSocket));
        return this;
    }

    /// <summary>Configures persisted operations and other client options.</summary>
    public GraphQLClientBuilder ConfigureOptions(Action<GraphQLClientOptions> configure)
    {
        Services.Configure(Name, configure);
        return this;
    }

    /// <summary>Runs <typeparamref name="T"/> (resolved from the client's service scope) before each HTTP request.</summary>
    public GraphQLClientBuilder AddHttpRequestInterceptor<T>() where T : class, IHttpRequestInterceptor
    {
        Services.AddTransient<T>();
        Services.Configure<GraphQLClientOptions>(Name, o => o.HttpRequestInterceptors.Add(static sp => sp.GetRequiredService<T>()));
        return this;
    }

    /// <summary>Runs a delegate before each HTTP request, e.g. to add a header.</summary>
    public GraphQLClientBuilder AddHttpRequestInterceptor(Func<IClientRequestContext, CancellationToken, ValueTask> onRequest)
    {
        var interceptor = new DelegateInterceptor(onRequest);
        Services.Configure<GraphQLClientOptions>(Name, o => o.HttpRequestInterceptors.Add(_ => interceptor));
        return this;
    }

    private sealed class DelegateInterceptor(Func<IClientRequestContext, CancellationToken, ValueTask> onRequest) : IHttpRequestInterceptor
    {
        public ValueTask OnRequestAsync(IClientRequestContext context, CancellationToken cancellationToken) => onRequest(context, cancellationToken);
    }
}
