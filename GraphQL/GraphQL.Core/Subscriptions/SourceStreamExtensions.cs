using System.Runtime.CompilerServices;

namespace GraphQL.Subscriptions;

/// <summary>Adapts a topic subscription to what a <c>SubscribeResolver</c> returns.</summary>
public static class SourceStreamExtensions
{
    /// <summary>
    /// The subscription's events as a source event stream (spec §6.2.3.1). The returned stream owns the
    /// subscription: it unsubscribes when the reader stops, or when the response is disposed unread.
    /// </summary>
    public static IAsyncEnumerable<object?> ToEventStream<TMessage>(this ISourceStream<TMessage> stream) =>
        new EventStream<TMessage>(stream);

    private sealed class EventStream<TMessage> : IAsyncEnumerable<object?>, IAsyncDisposable
    {
        private readonly ISourceStream<TMessage> _stream;

        public EventStream(ISourceStream<TMessage> stream) => _stream = stream;

        public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

        private async IAsyncEnumerable<object?> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var message in _stream.ReadEventsAsync().WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    yield return message;
                }
            }
            finally
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        public ValueTask DisposeAsync() => _stream.DisposeAsync();
    }
}
