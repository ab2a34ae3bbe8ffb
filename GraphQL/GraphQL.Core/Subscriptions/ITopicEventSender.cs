namespace GraphQL.Subscriptions;

/// <summary>Publishes events to the subscribers of a topic (for example from a mutation).</summary>
public interface ITopicEventSender
{
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>Ends the topic: every subscriber's stream completes after the events already sent.</summary>
    ValueTask CompleteAsync(string topic);
}

/// <summary>Subscribes to a topic; a subscription field's <c>SubscribeResolver</c> uses it.</summary>
public interface ITopicEventReceiver
{
    /// <summary>Subscribes now: events sent from this moment on are delivered. Dispose the stream to unsubscribe.</summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default);
}

/// <summary>The events of one subscription to a topic; disposing it unsubscribes.</summary>
public interface ISourceStream<TMessage> : IAsyncDisposable
{
    /// <summary>The events, until the topic completes or the stream is disposed. Read once.</summary>
    IAsyncEnumerable<TMessage> ReadEventsAsync();
}
