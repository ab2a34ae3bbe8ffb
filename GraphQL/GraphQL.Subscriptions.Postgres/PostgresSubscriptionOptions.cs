namespace GraphQL.Subscriptions.Postgres;

/// <summary>Options of the PostgreSQL topic bus (<c>AddPostgresSubscriptions</c>).</summary>
public sealed class PostgresSubscriptionOptions
{
    /// <summary>The Npgsql connection string of the database every instance shares.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The NOTIFY channel; every instance of one app must use the same (at most 63 bytes).</summary>
    public string Channel { get; set; } = "graphql_subscriptions";

    /// <summary>
    /// Payloads (with their envelope) larger than this travel through the <c>graphql_subscription_payloads</c>
    /// table and the notification carries the row id: NOTIFY payloads must be under 8000 bytes.
    /// </summary>
    public int MaxNotificationBytes { get; set; } = 7900;

    /// <summary>How long stored payloads are kept for slow listeners before they are deleted.</summary>
    public TimeSpan PayloadRetention { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first wait before reconnecting the listener; doubled on each failure up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan MinReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Events a slow local subscriber may have queued before its oldest is dropped.</summary>
    public int SubscriberCapacity { get; set; } = 64;
}
