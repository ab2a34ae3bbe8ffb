using System.Threading.Tasks.Sources;
using GraphQL.DataLoader;

namespace GraphQL.CodeFirst;

/// <summary>
/// A pending <c>Task&lt;T&gt;</c> seen as the <c>ValueTask&lt;object?&gt;</c> of a field resolver,
/// without an <c>async</c> state machine per field: a pooled source hooks one reusable delegate on the
/// task and hands the awaiter's continuation on when the task completes. Resolvers that return a
/// DataLoader's <c>LoadAsync(key)</c> are the usual case (one pending task per object of a list).
/// A <see cref="ValueTask{TResult}"/> is consumed once (its contract), so the source goes back to the
/// pool in <see cref="GetResult"/>; the version in the token catches a stale use.
/// </summary>
internal sealed class TaskResultSource<T> : IValueTaskSource<object?>
{
    private const int PoolSize = 64;

    // Per thread: the executor rents (resolver call) and returns (completion) on its own thread.
    [ThreadStatic] private static TaskResultSource<T>?[]? t_pool;
    [ThreadStatic] private static int t_pooled;

    private readonly Action _onTaskCompleted;
    private Task<T>? _task;
    private short _version;
    private Continuation _continuation;

    private TaskResultSource() => _onTaskCompleted = OnTaskCompleted;

    public static ValueTask<object?> Await(Task<T> task)
    {
        var source = Rent();
        source._task = task;
        return new ValueTask<object?>(source, source._version);
    }

    public ValueTaskSourceStatus GetStatus(short token) => Task(token).Status switch
    {
        TaskStatus.RanToCompletion => ValueTaskSourceStatus.Succeeded,
        TaskStatus.Faulted => ValueTaskSourceStatus.Faulted,
        TaskStatus.Canceled => ValueTaskSourceStatus.Canceled,
        _ => ValueTaskSourceStatus.Pending,
    };

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
    {
        var task = Task(token);
        _continuation = Continuation.Capture(continuation, state, flags);

        // Without a context to capture, a task stores this delegate as its only continuation: no allocation.
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onTaskCompleted);
    }

    public object? GetResult(short token)
    {
        var task = Task(token);
        _task = null;
        _continuation = default;
        _version++;
        Return(this);

        // Throws the task's own exception, not an AggregateException, like `await` would.
        return task.GetAwaiter().GetResult();
    }

    private void OnTaskCompleted() => _continuation.Invoke();

    private Task<T> Task(short token) =>
        token == _version && _task is { } task ? task
        : throw new InvalidOperationException("A resolver's ValueTask was used after its result was read; a ValueTask can be awaited only once.");

    private static TaskResultSource<T> Rent()
    {
        var pool = t_pool;
        if (pool is not null && t_pooled > 0)
        {
            var source = pool[--t_pooled]!;
            pool[t_pooled] = null;
            return source;
        }

        return new TaskResultSource<T>();
    }

    private static void Return(TaskResultSource<T> source)
    {
        var pool = t_pool ??= new TaskResultSource<T>?[PoolSize];
        if (t_pooled < PoolSize) pool[t_pooled++] = source;
    }
}
