using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Subscriptions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL executor: <c>services.AddGraphQL().UseSchema(schema).ModifyOptions(o => ...)</c>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds the executor services and returns the builder of the schema named <paramref name="name"/>
    /// (the default schema when null). <see cref="IRequestExecutor"/> resolves the default schema's executor.
    /// </summary>
    public static IGraphQLBuilder AddGraphQL(this IServiceCollection services, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton<RequestExecutorResolver>();
        services.TryAddSingleton<IRequestExecutorResolver>(sp => sp.GetRequiredService<RequestExecutorResolver>());
        services.TryAddSingleton<IRequestExecutor>(sp => sp.GetRequiredService<RequestExecutorResolver>().GetRequestExecutor());
        GetRegistry(services);
        return new GraphQLBuilder(services, name ?? Options.Options.DefaultName);
    }

    /// <summary>Executes requests against <paramref name="schema"/>.</summary>
    public static IGraphQLBuilder UseSchema(this IGraphQLBuilder builder, Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return builder.AddSchema(_ => schema);
    }

    /// <summary>Creates the schema on first use, with the application's services.</summary>
    public static IGraphQLBuilder AddSchema(this IGraphQLBuilder builder, Func<IServiceProvider, Schema> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return builder.ConfigureSetup(setup => setup.SchemaFactory = factory);
    }

    /// <summary>Changes the execution options (limits, timeout, exception details).</summary>
    public static IGraphQLBuilder ModifyOptions(this IGraphQLBuilder builder, Action<GraphQLExecutionOptions> modify)
    {
        ArgumentNullException.ThrowIfNull(modify);
        return builder.ConfigureSetup(setup => setup.OptionModifiers.Add(modify));
    }

    /// <summary>
    /// Adds an <see cref="IErrorFilter"/>, created once with the application's services, that sees every
    /// error made from an exception during execution; filters run in the order they are added.
    /// </summary>
    public static IGraphQLBuilder AddErrorFilter<TFilter>(this IGraphQLBuilder builder)
        where TFilter : class, IErrorFilter =>
        builder.ConfigureSetup(setup => setup.ErrorFilters.Add(sp => ActivatorUtilities.GetServiceOrCreateInstance<TFilter>(sp)));

    /// <summary>Adds an error filter made of a function (see <see cref="AddErrorFilter{TFilter}"/>).</summary>
    public static IGraphQLBuilder AddErrorFilter(this IGraphQLBuilder builder, Func<GraphQLError, GraphQLError> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var instance = new DelegateErrorFilter(filter);
        return builder.ConfigureSetup(setup => setup.ErrorFilters.Add(_ => instance));
    }

    /// <summary>Changes how this schema's executor is built (for the other parts of the toolkit).</summary>
    public static IGraphQLBuilder ConfigureSetup(this IGraphQLBuilder builder, Action<RequestExecutorSetup> configure)
    {
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }

    /// <summary>Registers a DataLoader: one instance per request, created with its constructor's services.</summary>
    public static IGraphQLBuilder AddDataLoader<TDataLoader>(this IGraphQLBuilder builder)
        where TDataLoader : class, IDataLoader
    {
        GetRegistry(builder.Services).Add(typeof(TDataLoader), typeof(TDataLoader));
        return builder;
    }

    /// <summary>Registers a DataLoader behind a service type (resolvers ask for <typeparamref name="TService"/>).</summary>
    public static IGraphQLBuilder AddDataLoader<TService, TImplementation>(this IGraphQLBuilder builder)
        where TService : class, IDataLoader
        where TImplementation : class, TService
    {
        GetRegistry(builder.Services).Add(typeof(TService), typeof(TImplementation));
        return builder;
    }

    /// <summary>
    /// Registers the in-memory topic bus as <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/>
    /// (one process; slow subscribers lose their oldest events, see <see cref="InMemorySubscriptionOptions"/>).
    /// </summary>
    public static IGraphQLBuilder AddInMemorySubscriptions(this IGraphQLBuilder builder, Action<InMemorySubscriptionOptions>? configure = null)
    {
        var options = new InMemorySubscriptionOptions();
        configure?.Invoke(options);
        builder.Services.TryAddSingleton(_ => new InMemoryPubSub(options));
        builder.Services.TryAddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<InMemoryPubSub>());
        builder.Services.TryAddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<InMemoryPubSub>());
        return builder;
    }

    private static DataLoaderRegistry GetRegistry(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(DataLoaderRegistry) && descriptor.ImplementationInstance is DataLoaderRegistry existing)
            {
                return existing;
            }
        }

        var registry = new DataLoaderRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
