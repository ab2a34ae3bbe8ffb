using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static GraphQL.Tests.Execution.ExecutionHarness;

namespace GraphQL.Tests.Execution;

/// <summary>services.AddGraphQL(): named schemas, options and the executor singletons.</summary>
public sealed class DependencyInjectionTests
{
    private static Schema Hello(string text)
    {
        var options = new SchemaBuilderOptions();
        options.PureResolvers["Query"]["hello"] = _ => text;
        return SchemaBuilder.FromSdl("type Query { hello: String }", options);
    }

    [Fact]
    public async Task NamedSchemasHaveTheirOwnExecutorsAndOptions()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().UseSchema(Hello("default"));
        services.AddGraphQL("admin").AddSchema(_ => Hello("admin")).ModifyOptions(o => o.MaxDepth = 1);
        var provider = services.BuildServiceProvider();
        var resolver = provider.GetRequiredService<IRequestExecutorResolver>();

        var admin = await resolver.GetRequestExecutorAsync("admin");

        Assert.Equal(J("{'data':{'hello':'default'}}"), await provider.GetRequiredService<IRequestExecutor>().RunAsync("{ hello }"));
        Assert.Equal(J("{'data':{'hello':'admin'}}"), await admin.RunAsync("{ hello }"));
        Assert.Same(admin, await resolver.GetRequestExecutorAsync("admin"));
        Assert.Same(provider.GetRequiredService<IRequestExecutor>(), await resolver.GetRequestExecutorAsync());
    }

    [Fact]
    public void AnExecutorWithoutASchemaSaysHowToConfigureOne()
    {
        var services = new ServiceCollection();
        services.AddGraphQL();
        var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRequestExecutor>());

        Assert.Equal("No schema is configured: call UseSchema, AddSchema or AddQueryType on services.AddGraphQL().", error.Message);
    }
}
