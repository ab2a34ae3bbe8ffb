using System.Text;
using GraphQL.AspNetCore;
using GraphQL.AspNetCore.Http;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.AspNetCore;

/// <summary>
/// The HTTP request's service scope is created only when a resolver asks for a service (reading
/// <c>HttpContext.RequestServices</c> is what creates it), and resolvers that do ask get the request's scope.
/// </summary>
public sealed class RequestServicesTests
{
    [Fact]
    public async Task QueryWithoutServicesNeverReadsTheRequestServices()
    {
        await using var server = await Server.CreateAsync();
        var (status, body, feature) = await server.PostAsync("{ hello }");

        Assert.Equal(200, status);
        Assert.Equal("""{"data":{"hello":"world"}}""", body);
        Assert.Equal(0, feature.Reads);
    }

    [Fact]
    public async Task ResolverAskingForAScopedServiceGetsTheRequestsScope()
    {
        await using var server = await Server.CreateAsync();
        var (status, body, feature) = await server.PostAsync("{ a: greeting b: greeting }");

        Assert.Equal(200, status);
        var greeting = feature.RequestServices.GetRequiredService<Greeting>();
        Assert.Equal($$$"""{"data":{"a":"{{{greeting.Id}}}","b":"{{{greeting.Id}}}"}}""", body);
        Assert.True(feature.Reads > 0);
    }

    private sealed class Greeting
    {
        public string Id { get; } = Guid.NewGuid().ToString("N");
    }

    private sealed class Server : IAsyncDisposable
    {
        private readonly ServiceProvider _root;
        private readonly GraphQLHttpMiddleware _middleware;

        private Server(ServiceProvider root, GraphQLHttpMiddleware middleware)
        {
            _root = root;
            _middleware = middleware;
        }

        public static async Task<Server> CreateAsync()
        {
            var services = new ServiceCollection();
            services.AddScoped<Greeting>();
            services.AddGraphQLServer().AddSchema(_ =>
            {
                var options = new SchemaBuilderOptions();
                options.PureResolvers["Query"]["hello"] = static _ => "world";
                options.PureResolvers["Query"]["greeting"] = static c => c.Services.GetRequiredService<Greeting>().Id;
                return SchemaBuilder.FromSdl("type Query { hello: String! greeting: String! }", options);
            });
            var root = services.BuildServiceProvider();
            var endpoint = new GraphQLEndpoint("/graphql", null, GraphQLEndpoint.GetOptions(root, null));
            await endpoint.InitializeAsync(root, CancellationToken.None);
            return new Server(root, new GraphQLHttpMiddleware(endpoint));
        }

        public async Task<(int Status, string Body, CountingServicesFeature Feature)> PostAsync(string query)
        {
            var feature = new CountingServicesFeature(_root.CreateAsyncScope());
            var context = new DefaultHttpContext();
            context.Features.Set<IServiceProvidersFeature>(feature);
            context.Request.Method = HttpMethods.Post;
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes($$"""{"query":"{{query}}"}"""));
            var response = new MemoryStream();
            context.Response.Body = response;

            await _middleware.InvokeAsync(context);
            return (context.Response.StatusCode, Encoding.UTF8.GetString(response.ToArray()), feature);
        }

        public ValueTask DisposeAsync() => _root.DisposeAsync();
    }

    /// <summary>Counts reads of <c>HttpContext.RequestServices</c>, which in ASP.NET Core create the request's scope.</summary>
    private sealed class CountingServicesFeature(AsyncServiceScope scope) : IServiceProvidersFeature
    {
        public int Reads { get; private set; }

        public IServiceProvider RequestServices
        {
            get
            {
                Reads++;
                return scope.ServiceProvider;
            }
            set => throw new NotSupportedException();
        }
    }
}
