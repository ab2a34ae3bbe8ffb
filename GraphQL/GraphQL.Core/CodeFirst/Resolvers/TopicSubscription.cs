using System.Globalization;
using System.Text;
using GraphQL.Subscriptions;
using GraphQL.Types;

namespace GraphQL.CodeFirst;

/// <summary>
/// The source stream (spec §6.2.3.1) of a subscription field that listens to a topic of the event
/// bus (<see cref="ITopicEventReceiver"/>). The topic may name arguments, <c>"OrderStatusChanged_{orderNumber}"</c>;
/// the format is split once, so subscribing only concatenates.
/// </summary>
internal static class TopicSubscription
{
    public static SubscribeResolverDelegate Create(string format, Type messageType)
    {
        var subscriber = (ITopicSubscriber)Activator.CreateInstance(typeof(Subscriber<>).MakeGenericType(messageType), new object[] { Split(format) })!;
        return subscriber.SubscribeAsync;
    }

    /// <summary>Literal text and argument names, alternating (even indices are literal).</summary>
    private static string[] Split(string format)
    {
        var parts = new List<string>();
        var position = 0;
        while (true)
        {
            var open = format.IndexOf('{', position);
            var close = open < 0 ? -1 : format.IndexOf('}', open);
            if (close < 0)
            {
                parts.Add(format.Substring(position));
                return parts.ToArray();
            }

            parts.Add(format.Substring(position, open - position));
            parts.Add(format.Substring(open + 1, close - open - 1));
            position = close + 1;
        }
    }

    private interface ITopicSubscriber
    {
        ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(IResolverContext context);
    }

    private sealed class Subscriber<TMessage> : ITopicSubscriber
    {
        private readonly string[] _parts;

        public Subscriber(string[] parts) => _parts = parts;

        public async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(IResolverContext context)
        {
            var receiver = context.Services.GetService(typeof(ITopicEventReceiver)) as ITopicEventReceiver
                ?? throw new InvalidOperationException(
                    $"The subscription \"{context.Field.Name}\" listens to a topic, and no event bus (ITopicEventReceiver) is registered; call AddInMemorySubscriptions().");
            var stream = await receiver.SubscribeAsync<TMessage>(Topic(context), context.RequestAborted).ConfigureAwait(false);
            return stream.ToEventStream();
        }

        private string Topic(IResolverContext context)
        {
            if (_parts.Length == 1) return _parts[0];
            var builder = new StringBuilder();
            for (var i = 0; i < _parts.Length; i++)
            {
                builder.Append(i % 2 == 0 ? _parts[i] : Convert.ToString(context.ArgumentValue<object?>(_parts[i]), CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
    }
}
