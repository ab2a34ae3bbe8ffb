using GraphQL;
using GraphQL.Subscriptions;
using GraphQL.Subscriptions.Postgres;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL LISTEN/NOTIFY topic bus for running several API instances.</summary>
public static class PostgresSubscriptionExtensions
{
    /// <summary>
    /// Uses PostgreSQL as <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/> (replacing the
    /// in-memory bus): an event sent on one instance reaches the subscribers of every instance.
    /// </summary>
    public static IGraphQLBuilder AddPostgresSubscriptions(this IGraphQLBuilder builder, string connectionString, Action<PostgresSubscriptionOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return builder.AddPostgresSubscriptions(_ => connectionString, configure);
    }

    /// <summary>
    /// As <see cref="AddPostgresSubscriptions(IGraphQLBuilder, string, Action{PostgresSubscriptionOptions}?)"/>, with the
    /// connection string read from the services when the bus is first used (a host whose settings are
    /// registered services, or a test host that points the app at its own database after startup code ran).
    /// </summary>
    public static IGraphQLBuilder AddPostgresSubscriptions(
        this IGraphQLBuilder builder, Func<IServiceProvider, string> connectionString, Action<PostgresSubscriptionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connectionString);
        var services = builder.Services;
        services.RemoveAll<ITopicEventSender>();
        services.RemoveAll<ITopicEventReceiver>();
        services.AddSingleton(sp =>
        {
            var options = new PostgresSubscriptionOptions { ConnectionString = connectionString(sp) };
            configure?.Invoke(options);
            return new PostgresPubSub(options, sp.GetService<ILoggerFactory>());
        });
        services.AddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<PostgresPubSub>());
        services.AddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<PostgresPubSub>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PostgresPubSub>());
        return builder;
    }
}
