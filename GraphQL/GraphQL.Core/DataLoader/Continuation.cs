using System.Threading.Tasks.Sources;

namespace GraphQL.DataLoader;

/// <summary>
/// An awaiter's continuation given to an <see cref="IValueTaskSource{TResult}"/>, with the context the
/// flags ask for. <c>await</c> in an async method passes no flags (its state machine restores its own
/// context), so the usual continuation is a plain call.
/// </summary>
internal readonly struct Continuation
{
    private readonly Action<object?>? _action;
    private readonly object? _state;

    // Null (the usual case), the ExecutionContext to run in, or the SynchronizationContext / TaskScheduler to post to.
    private readonly object? _context;

    private Continuation(Action<object?> action, object? state, object? context)
    {
        _action = action;
        _state = state;
        _context = context;
    }

    public static Continuation Capture(Action<object?> action, object? state, ValueTaskSourceOnCompletedFlags flags)
    {
        var executionContext = (flags & ValueTaskSourceOnCompletedFlags.FlowExecutionContext) != 0 ? ExecutionContext.Capture() : null;
        object? scheduler = null;
        if ((flags & ValueTaskSourceOnCompletedFlags.UseSchedulingContext) != 0)
        {
            if (SynchronizationContext.Current is { } context && context.GetType() != typeof(SynchronizationContext)) scheduler = context;
            else if (TaskScheduler.Current != TaskScheduler.Default) scheduler = TaskScheduler.Current;
        }

        return new Continuation(action, state, scheduler ?? executionContext);
    }

    /// <summary>Runs the continuation (nothing when none was registered yet: the awaiter finds the source done).</summary>
    public void Invoke()
    {
        if (_action is not { } action) return;
        switch (_context)
        {
            case SynchronizationContext context:
                var (a, s) = (action, _state);
                context.Post(static o => { var (act, st) = ((Action<object?>, object?))o!; act(st); }, (a, s));
                return;
            case TaskScheduler scheduler:
                Task.Factory.StartNew(action, _state, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);
                return;
        }

        if (_context is ExecutionContext executionContext)
        {
            ExecutionContext.Run(executionContext, static o => { var (act, st) = ((Action<object?>, object?))o!; act(st); }, (action, _state));
        }
        else
        {
            action(_state);
        }
    }
}
