namespace GraphQL.Subscriptions;

/// <summary>
/// Options of the in-memory topic bus. Each subscriber has a bounded queue of <see cref="Capacity"/>
/// events; when a subscriber reads slower than events arrive, its OLDEST queued event is dropped, so a
/// slow subscriber never blocks the publisher or the other subscribers (and sees the newest state).
/// </summary>
public sealed class InMemorySubscriptionOptions
{
    /// <summary>Events queued per subscriber before the oldest is dropped.</summary>
    public int Capacity { get; set; } = 64;
}
