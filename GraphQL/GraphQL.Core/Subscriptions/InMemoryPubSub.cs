using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphQL.Subscriptions;

/// <summary>
/// A topic event bus for one process (see <see cref="InMemorySubscriptionOptions"/> for the
/// drop-oldest back-pressure policy). Several API instances need the PostgreSQL bus instead.
/// </summary>
internal sealed class InMemoryPubSub : ITopicEventSender, ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public InMemoryPubSub(InMemorySubscriptionOptions? options = null) => _capacity = Math.Max(1, options?.Capacity ?? 64);

    /// <summary>How many streams are subscribed to <paramref name="topic"/> right now.</summary>
    public int GetSubscriberCount(string topic) => _topics.TryGetValue(topic, out var t) ? t.Count : 0;

    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        if (_topics.TryGetValue(topic, out var t)) t.Publish(message);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(string topic)
    {
        if (_topics.TryRemove(topic, out var t)) t.Complete();
        return ValueTask.CompletedTask;
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var channel = Channel.CreateBounded<object?>(new BoundedChannelOptions(_capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = false,
        });

        while (true)
        {
            var t = _topics.GetOrAdd(topic, static _ => new Topic());
            if (t.TryAdd(channel)) return ValueTask.FromResult<ISourceStream<TMessage>>(new Subscription<TMessage>(this, topic, t, channel));

            // The topic completed between lookup and add: remove the dead entry and retry with a fresh topic.
            _topics.TryRemove(new KeyValuePair<string, Topic>(topic, t));
        }
    }

    private void Unsubscribe(string topic, Topic t, Channel<object?> channel)
    {
        if (t.Remove(channel) == 0) _topics.TryRemove(new KeyValuePair<string, Topic>(topic, t));
        channel.Writer.TryComplete();
    }

    private sealed class Topic
    {
        private readonly List<Channel<object?>> _subscribers = new();
        private bool _completed;

        public int Count
        {
            get
            {
                lock (_subscribers) return _subscribers.Count;
            }
        }

        public bool TryAdd(Channel<object?> channel)
        {
            lock (_subscribers)
            {
                if (_completed) return false;
                _subscribers.Add(channel);
                return true;
            }
        }

        public int Remove(Channel<object?> channel)
        {
            lock (_subscribers)
            {
                _subscribers.Remove(channel);
                return _subscribers.Count;
            }
        }

        public void Publish(object? message)
        {
            lock (_subscribers)
            {
                foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(message);
            }
        }

        public void Complete()
        {
            lock (_subscribers)
            {
                _completed = true;
                foreach (var subscriber in _subscribers) subscriber.Writer.TryComplete();
            }
        }
    }

    private sealed class Subscription<TMessage> : ISourceStream<TMessage>
    {
        private readonly InMemoryPubSub _owner;
        private readonly string _topic;
        private readonly Topic _t;
        private readonly Channel<object?> _channel;
        private int _disposed;

        public Subscription(InMemoryPubSub owner, string topic, Topic t, Channel<object?> channel)
        {
            _owner = owner;
            _topic = topic;
            _t = t;
            _channel = channel;
        }

        public IAsyncEnumerable<TMessage> ReadEventsAsync() => ReadAsync();

        private async IAsyncEnumerable<TMessage> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                await foreach (var message in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return (TMessage)message!;
                }
            }
            finally
            {
                await DisposeAsync().ConfigureAwait(false);
            }
        }

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) _owner.Unsubscribe(_topic, _t, _channel);
            return ValueTask.CompletedTask;
        }
    }
}
