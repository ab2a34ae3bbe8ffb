using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphQL.Subscriptions.Postgres;

/// <summary>
/// This instance's subscribers by topic: each has a bounded queue that drops its oldest message when
/// the subscriber falls behind (the in-memory bus's policy). Messages are JSON text.
/// </summary>
internal sealed class LocalTopics
{
    private readonly ConcurrentDictionary<string, List<Channel<string>>> _topics = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public LocalTopics(int capacity) => _capacity = Math.Max(1, capacity);

    public int GetSubscriberCount(string topic)
    {
        if (!_topics.TryGetValue(topic, out var list)) return 0;
        lock (list) return list.Count;
    }

    public void Publish(string topic, string json)
    {
        if (!_topics.TryGetValue(topic, out var list)) return;
        lock (list)
        {
            foreach (var subscriber in list) subscriber.Writer.TryWrite(json);
        }
    }

    public void Complete(string topic)
    {
        if (!_topics.TryRemove(topic, out var list)) return;
        lock (list)
        {
            foreach (var subscriber in list) subscriber.Writer.TryComplete();
            list.Clear();
        }
    }

    public Subscription Subscribe(string topic)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(_capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        while (true)
        {
            var list = _topics.GetOrAdd(topic, static _ => new List<Channel<string>>());
            lock (list)
            {
                // A list emptied by Complete or the last unsubscribe may already be gone from the map.
                if (_topics.TryGetValue(topic, out var current) && ReferenceEquals(current, list))
                {
                    list.Add(channel);
                    return new Subscription(this, topic, list, channel);
                }
            }
        }
    }

    private void Remove(string topic, List<Channel<string>> list, Channel<string> channel)
    {
        lock (list)
        {
            list.Remove(channel);
            if (list.Count == 0) _topics.TryRemove(new KeyValuePair<string, List<Channel<string>>>(topic, list));
        }

        channel.Writer.TryComplete();
    }

    internal sealed class Subscription
    {
        private readonly LocalTopics _owner;
        private readonly string _topic;
        private readonly List<Channel<string>> _list;
        private readonly Channel<string> _channel;
        private int _disposed;

        public Subscription(LocalTopics owner, string topic, List<Channel<string>> list, Channel<string> channel)
        {
            _owner = owner;
            _topic = topic;
            _list = list;
            _channel = channel;
        }

        public async IAsyncEnumerable<string> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                await foreach (var json in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false)) yield return json;
            }
            finally
            {
                Dispose();
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) _owner.Remove(_topic, _list, _channel);
        }
    }
}
