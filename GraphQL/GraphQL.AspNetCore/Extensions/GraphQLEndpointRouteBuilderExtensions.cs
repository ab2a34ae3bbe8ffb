using GraphQL.AspNetCore.BananaCakePop;
using GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary><c>app.MapGraphQL("/graphql")</c>: GraphQL over HTTP, WebSocket and SSE, the IDE and <c>?sdl</c> on one path.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint of schema <paramref name="schemaName"/> at <paramref name="path"/>, plus
    /// <c>{path}/{**file}</c> for the IDE's files. WebSocket upgrades are handled by the endpoint itself
    /// (its own pipeline includes the WebSocket middleware). The returned builder applies conventions
    /// such as <c>RequireAuthorization</c> or <c>RequireCors</c> to both routes.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql", string? schemaName = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var trimmed = "/" + path.Trim('/');
        var options = GraphQLEndpoint.GetOptions(endpoints.ServiceProvider, schemaName);
        var endpoint = new GraphQLEndpoint(trimmed == "/" ? string.Empty : trimmed, schemaName, options);
        var middleware = new GraphQLHttpMiddleware(endpoint);

        // The WebSocket middleware allocates and installs a handshake feature on every request that could
        // upgrade, which on HTTP/1.1 is every request; only requests that ask to upgrade go through it.
        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseWhen(AsksForUpgrade, branch => branch.UseWebSockets());
        pipeline.Run(middleware.InvokeAsync);
        var main = endpoints.Map(trimmed, pipeline.Build()).WithDisplayName("GraphQL " + trimmed);

        var files = endpoints.MapGet(trimmed.TrimEnd('/') + "/{**file}", (HttpContext context) =>
        {
            var file = context.Request.RouteValues["file"] as string ?? string.Empty;
            if (!options.Tool.Enable)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return BananaCakePopHandler.ServeAsync(context, endpoint, file);
        }).WithDisplayName("GraphQL IDE " + trimmed);

        return new CompositeConventionBuilder(main, files);
    }

    /// <summary>An HTTP/1.1 <c>Upgrade</c> request or an HTTP/2 extended CONNECT (RFC 8441): a possible WebSocket.</summary>
    private static bool AsksForUpgrade(HttpContext context) =>
        context.Request.Headers.ContainsKey("Upgrade") || HttpMethods.IsConnect(context.Request.Method);

    private sealed class CompositeConventionBuilder : IEndpointConventionBuilder
    {
        private readonly IEndpointConventionBuilder[] _builders;

        public CompositeConventionBuilder(params IEndpointConventionBuilder[] builders) => _builders = builders;

        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in _builders) builder.Add(convention);
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in _builders) builder.Finally(finallyConvention);
        }
    }
}
