using GraphQL.Execution.Planning;
using GraphQL.Execution.Results;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution.Processing;

/// <summary>
/// One field to execute (spec §6.4 ExecuteField) and the <see cref="IResolverContext"/> its resolver
/// sees. Instances are pooled by the runner and reset between fields.
/// </summary>
internal sealed class FieldTask : IResolverContext, IPostedWork
{
    private OperationContext _context = null!;

    public FieldPlan Plan { get; private set; } = null!;
    public ObjectType ObjectType { get; private set; } = null!;
    public object? Parent { get; private set; }

    /// <summary>The result node and slot the completed value goes to.</summary>
    public ResultNode Container { get; private set; } = null!;
    public int Index { get; private set; }

    public IReadOnlyDictionary<string, object?> Arguments { get; set; } = null!;

    /// <summary>The resolver's value, or the exception it failed with, once an asynchronous resolver completed.</summary>
    public object? ResolvedValue { get; set; }
    public Exception? ResolverException { get; set; }

    public void Initialize(OperationContext context, FieldPlan plan, ObjectType type, object? parent, ResultNode container, int index)
    {
        _context = context;
        Plan = plan;
        ObjectType = type;
        Parent = parent;
        Container = container;
        Index = index;
        Arguments = null!;
        ResolvedValue = null;
        ResolverException = null;
    }

    /// <summary>
    /// <see cref="Initialize"/> for the runner's leaf context (<see cref="OperationRunner"/>'s pure leaves), which is
    /// not reset between fields: what the previous leaf already set (siblings share the operation, the parent, the
    /// container and the type) is not stored again, saving the stores' GC write barriers.
    /// </summary>
    public void InitializeLeaf(OperationContext context, FieldPlan plan, ObjectType type, object? parent, ResultNode container, int index)
    {
        if (!ReferenceEquals(_context, context)) _context = context;
        if (!ReferenceEquals(Plan, plan)) Plan = plan;
        if (!ReferenceEquals(ObjectType, type)) ObjectType = type;
        if (!ReferenceEquals(Parent, parent)) Parent = parent;
        if (!ReferenceEquals(Container, container)) Container = container;
        Index = index;
    }

    public void Reset()
    {
        _context = null!;
        Plan = null!;
        ObjectType = null!;
        Parent = null;
        Container = null!;
        Arguments = null!;
        ResolvedValue = null;
        ResolverException = null;
    }

    public OperationContext Operation => _context;

    public Schema Schema => _context.Schema;
    public FieldDefinition Field => Plan.Field;
    public FieldNode Selection => Plan.Node;
    public IServiceProvider Services => _context.Services;
    public CancellationToken RequestAborted => _context.CancellationToken;
    public IDictionary<string, object?> ContextData => _context.ContextData;

    public object? GetParent(Type type) => Parent is null || type.IsInstanceOfType(Parent) ? Parent : ValueConverter.Convert(Parent, type);

    public T ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null) return default!;
        return value is T typed ? typed : ValueConverter.Convert<T>(value);
    }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The response path of this field: keys and list indices from the root.</summary>
    public IReadOnlyList<object> Path => Container.PathOf(Index);

    public void Complete(OperationRunner runner) => runner.CompleteResolved(this);

    // The resolver being awaited and the runner to post it back to: the continuation is a delegate made once
    // per pooled task, so awaiting a resolver allocates no state machine.
    private ValueTask<object?> _awaited;
    private OperationRunner? _runner;
    private Action? _onResolved;

    /// <summary>Waits for an asynchronous resolver, then posts this task back to <paramref name="runner"/> (any thread).</summary>
    public void AwaitResolver(OperationRunner runner, ValueTask<object?> pending)
    {
        _runner = runner;
        _awaited = pending;
        pending.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_onResolved ??= OnResolved);
    }

    private void OnResolved()
    {
        var runner = _runner!;
        try
        {
            ResolvedValue = _awaited.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            ResolverException = ex;
        }

        _awaited = default;
        _runner = null;
        runner.Post(this);
    }
}
