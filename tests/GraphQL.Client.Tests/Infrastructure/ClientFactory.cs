using GraphQL.Client.Tests.Generated;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Client.Tests.Infrastructure;

/// <summary>The generated <see cref="ITestClient"/> wired through DI the way an application wires it.</summary>
internal static class ClientFactory
{
    public static ITestClient Create(LoopbackGraphQLServer server, Action<GraphQLClientBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddTestClient().ConfigureHttpClient(c => c.BaseAddress = server.GraphQLEndpoint);
        configure?.Invoke(builder);
        return services.BuildServiceProvider().GetRequiredService<ITestClient>();
    }
}
