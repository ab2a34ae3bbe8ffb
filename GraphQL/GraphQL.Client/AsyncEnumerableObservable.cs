namespace GraphQL.Client;

/// <summary>
/// Subscriptions as <see cref="IObservable{T}"/> for callers that prefer push (Rx, UI bindings):
/// <c>client.OnOrderStatus.Watch(id).ToObservable()</c>. Subscribing starts the enumeration; disposing the
/// subscription cancels it, which stops the GraphQL subscription on the server.
/// </summary>
public static class AsyncEnumerableObservable
{
    public static IObservable<T> ToObservable<T>(this IAsyncEnumerable<T> source) => new Observable<T>(source);

    private sealed class Observable<T>(IAsyncEnumerable<T> source) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer)
        {
            var cancellation = new CancellationTokenSource();
            _ = RunAsync(observer, cancellation.Token);
            return new Subscription(cancellation);
        }

        private async Task RunAsync(IObserver<T> observer, CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false)) observer.OnNext(item);
                observer.OnCompleted();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Disposed by the subscriber: no further notifications.
            }
            catch (Exception e)
            {
                observer.OnError(e);
            }
        }
    }

    private sealed class Subscription(CancellationTokenSource cancellation) : IDisposable
    {
        public void Dispose()
        {
            if (!cancellation.IsCancellationRequested) cancellation.Cancel();
        }
    }
}
