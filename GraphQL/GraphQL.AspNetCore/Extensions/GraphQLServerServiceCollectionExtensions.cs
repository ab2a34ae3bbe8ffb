using GraphQL;
using GraphQL.AspNetCore;
using GraphQL.AspNetCore.PersistedOperations;
using GraphQL.AspNetCore.WebSockets;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The GraphQL server in Hot Chocolate's shape: <c>builder.Services.AddGraphQLServer().AddQueryType&lt;Query&gt;()</c>,
/// then <c>app.MapGraphQL()</c>.
/// </summary>
public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the executor (<c>AddGraphQL</c>) and the transport's services for the schema named
    /// <paramref name="schemaName"/>, and returns the schema's builder.
    /// </summary>
    public static IGraphQLBuilder AddGraphQLServer(this IServiceCollection services, string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddGraphQL(schemaName);
        services.AddOptions<GraphQLServerOptions>(builder.Name);
        services.TryAddSingleton<IOperationDocumentStorage, FileSystemOperationDocumentStorage>();
        return builder;
    }

    /// <summary>Changes the server options of this schema's endpoints (limits, uploads, sockets, IDE, persisted operations).</summary>
    public static IGraphQLBuilder ModifyServerOptions(this IGraphQLBuilder builder, Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }

    /// <summary>Uses <typeparamref name="T"/> to accept or reject WebSocket connections (e.g. validating a bearer token).</summary>
    public static IGraphQLBuilder AddSocketSessionInterceptor<T>(this IGraphQLBuilder builder) where T : class, ISocketSessionInterceptor
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<ISocketSessionInterceptor>();
        builder.Services.AddScoped<ISocketSessionInterceptor, T>();
        return builder;
    }
}
