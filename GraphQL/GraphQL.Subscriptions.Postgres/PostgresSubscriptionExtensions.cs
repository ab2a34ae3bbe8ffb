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
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var options = new PostgresSubscriptionOptions { ConnectionString = connectionString };
        configure?.Invoke(options);

        var services = builder.Services;
        services.RemoveAll<ITopicEventSender>();
        services.RemoveAll<ITopicEventReceiver>();
        services.AddSingleton(sp => new PostgresPubSub(options, sp.GetService<ILoggerFactory>()));
        services.AddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<PostgresPubSub>());
        services.AddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<PostgresPubSub>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PostgresPubSub>());
        return builder;
    }
}
