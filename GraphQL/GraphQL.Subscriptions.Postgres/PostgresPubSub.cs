using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GraphQL.Subscriptions.Postgres;

/// <summary>
/// A topic bus across API instances over PostgreSQL <c>LISTEN</c>/<c>NOTIFY</c>. Each instance keeps one
/// listening connection (this background service: reconnects with exponential backoff and listens again)
/// and fans events out to its local subscribers through the in-memory bus. Messages are System.Text.Json;
/// a message too large for NOTIFY (8000 bytes) is stored in <c>graphql_subscription_payloads</c> and the
/// notification carries its row id. Events published while an instance is reconnecting are not replayed.
/// </summary>
internal sealed class PostgresPubSub : BackgroundService, ITopicEventSender, ITopicEventReceiver
{
    private readonly PostgresSubscriptionOptions _options;
    private readonly NpgsqlDataSource _dataSource;
    private readonly LocalTopics _local;
    private readonly ILogger _logger;
    private readonly Channel<string> _notifications = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;
    private readonly TaskCompletionSource _everListened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<int> _listening = NewListening();
    private int _listenerProcessId; // 0 while not listening

    public PostgresPubSub(PostgresSubscriptionOptions options, ILoggerFactory? loggers = null)
    {
        _options = options;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        _local = new LocalTopics(options.SubscriberCapacity);
        _logger = loggers?.CreateLogger("GraphQL.Subscriptions.Postgres") ?? NullLogger.Instance;
    }

    /// <summary>The backend process id of the listening connection while it listens, else null.</summary>
    internal int? ListenerProcessId => Volatile.Read(ref _listenerProcessId) is var pid and not 0 ? pid : null;

    /// <summary>
    /// Completes with the listening connection's backend process id once it listens on a connection other
    /// than <paramref name="except"/> (after a reconnect).
    /// </summary>
    internal async Task<int> WhenListeningAsync(int? except = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var changed = Volatile.Read(ref _listening).Task;
            if (ListenerProcessId is { } pid && pid != except) return pid;
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A subscription made before the listener first listens would miss events sent meanwhile; this waits
    /// for the first LISTEN only (later reconnects do not hold subscribers back).
    /// </summary>
    private Task WhenListeningOnceAsync(CancellationToken cancellationToken) =>
        _everListened.Task.IsCompleted ? Task.CompletedTask : _everListened.Task.WaitAsync(cancellationToken);

    /// <summary>Local subscribers of <paramref name="topic"/> on this instance.</summary>
    internal int GetSubscriberCount(string topic) => _local.GetSubscriberCount(topic);

    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(message);
        await NotifyAsync(Envelope.Message(topic, json), topic, json, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask CompleteAsync(string topic) => new(NotifyAsync(Envelope.Completion(topic), topic, null, CancellationToken.None));

    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await WhenListeningOnceAsync(cancellationToken).ConfigureAwait(false);
        return new DeserializingStream<TMessage>(_local.Subscribe(topic));
    }

    private async Task NotifyAsync(string envelope, string topic, string? json, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (json is not null && Encoding.UTF8.GetByteCount(envelope) > _options.MaxNotificationBytes)
        {
            await EnsureTableAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var insert = new NpgsqlCommand(
                "DELETE FROM graphql_subscription_payloads WHERE created_at < now() - @retention;" +
                "INSERT INTO graphql_subscription_payloads (topic, payload) VALUES (@topic, @payload) RETURNING id", connection);
            insert.Parameters.AddWithValue("retention", _options.PayloadRetention);
            insert.Parameters.AddWithValue("topic", topic);
            insert.Parameters.AddWithValue("payload", json);
            var id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            envelope = Envelope.Stored(topic, id);
        }

        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        notify.Parameters.AddWithValue("channel", _options.Channel);
        notify.Parameters.AddWithValue("payload", envelope);
        await notify.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureTableAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady) return;
        await _schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady) return;
            await using var create = new NpgsqlCommand(
                "CREATE TABLE IF NOT EXISTS graphql_subscription_payloads (" +
                "id bigserial PRIMARY KEY, topic text NOT NULL, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());" +
                "CREATE INDEX IF NOT EXISTS graphql_subscription_payloads_created_at ON graphql_subscription_payloads (created_at);", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dispatch = DispatchAsync(stoppingToken);
        var delay = _options.MinReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken, () => delay = _options.MinReconnectDelay).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "The subscription listener lost its PostgreSQL connection; reconnecting in {Delay}.", delay);
                try
                {
                    await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
            }
        }

        _notifications.Writer.TryComplete();
        await dispatch.ConfigureAwait(false);
    }

    private async Task ListenAsync(CancellationToken stoppingToken, Action onListening)
    {
        // Its own connection, outside the pool: it lives as long as the instance and only waits.
        var builder = new NpgsqlConnectionStringBuilder(_options.ConnectionString) { Pooling = false, KeepAlive = 10 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notification += (_, e) => _notifications.Writer.TryWrite(e.Payload);
        await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
        await using (var create = connection.CreateCommand())
        {
            // Created here as well, so a listener never races a sender's first large payload.
            create.CommandText =
                "CREATE TABLE IF NOT EXISTS graphql_subscription_payloads (" +
                "id bigserial PRIMARY KEY, topic text NOT NULL, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())";
            try
            {
                await create.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
            {
                // Two instances created it at the same moment.
            }
        }

        await using (var listen = connection.CreateCommand())
        {
            listen.CommandText = "LISTEN \"" + _options.Channel.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
        }

        onListening();
        SetListener(connection.ProcessID);
        _everListened.TrySetResult();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            SetListener(null);
        }
    }

    /// <summary>Publishes received notifications locally, in order, fetching stored payloads by id.</summary>
    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        await foreach (var raw in _notifications.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                var envelope = Envelope.Parse(raw);
                if (envelope.IsComplete)
                {
                    _local.Complete(envelope.Topic);
                    continue;
                }

                var json = envelope.Payload;
                if (envelope.StoredId is { } id) json = await LoadAsync(id, stoppingToken).ConfigureAwait(false);
                if (json is not null) _local.Publish(envelope.Topic, json);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "A subscription notification could not be dispatched.");
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<string?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var select = new NpgsqlCommand("SELECT payload FROM graphql_subscription_payloads WHERE id = @id", connection);
        select.Parameters.AddWithValue("id", id);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public override void Dispose()
    {
        base.Dispose();
        _dataSource.Dispose();
    }

    private void SetListener(int? processId)
    {
        Volatile.Write(ref _listenerProcessId, processId ?? 0);
        Interlocked.Exchange(ref _listening, NewListening()).TrySetResult(processId ?? 0);
    }

    private static TaskCompletionSource<int> NewListening() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class DeserializingStream<TMessage> : ISourceStream<TMessage>
    {
        private readonly LocalTopics.Subscription _inner;

        public DeserializingStream(LocalTopics.Subscription inner) => _inner = inner;

        public IAsyncEnumerable<TMessage> ReadEventsAsync() => ReadAsync();

        private async IAsyncEnumerable<TMessage> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var json in _inner.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return JsonSerializer.Deserialize<TMessage>(json)!;
            }
        }

        public ValueTask DisposeAsync()
        {
            _inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
