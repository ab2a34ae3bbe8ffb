using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Execution.Planning;
using GraphQL.Types;

namespace GraphQL.Execution.Processing;

/// <summary>
/// What every field of one execution shares: the plan, the coerced variables, the services and the limits.
/// A query or mutation reuses the context of its pooled <see cref="Pipeline.RequestContext"/> (see
/// <see cref="Initialize"/> and <see cref="Reset"/>); a subscription, whose context lives as long as its
/// response stream, gets its own.
/// </summary>
internal sealed class OperationContext
{
    private IReadOnlyDictionary<string, object?>? _contextDataSeed;
    private ConcurrentDictionary<string, object?>? _contextData;

    // The request's instances of resolver classes, by RootInstance<T>'s slot: an array read per resolver call
    // instead of a service lookup and a string-keyed dictionary (73 calls per catalog listing).
    private object?[]? _rootInstances;

    public OperationContext(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        GraphQLExecutionOptions options,
        IReadOnlyDictionary<string, object?>? contextData,
        ClaimsPrincipal? user,
        CancellationToken cancellationToken) =>
        Initialize(plan, variables, services, options, contextData, user, cancellationToken);

    /// <summary>An empty context, for a pooled request context to fill with <see cref="Initialize"/>.</summary>
    internal OperationContext()
    {
        Plan = null!;
        Variables = null!;
        Services = null!;
        Options = null!;
    }

    [MemberNotNull(nameof(Plan), nameof(Variables), nameof(Services), nameof(Options))]
    public void Initialize(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        GraphQLExecutionOptions options,
        IReadOnlyDictionary<string, object?>? contextData,
        ClaimsPrincipal? user,
        CancellationToken cancellationToken)
    {
        Plan = plan;
        Variables = variables;
        Mask = plan.GetConditionMask(variables);
        Services = services;
        Options = options;
        _contextDataSeed = contextData;
        User = user;
        CancellationToken = cancellationToken;
    }

    /// <summary>
    /// Forgets the execution, once nothing can reach this context any more: the runner completed (no resolver
    /// still in flight) and was returned. Context data handed out stays with whoever holds it.
    /// </summary>
    public void Reset()
    {
        Plan = null!;
        Variables = null!;
        Services = null!;
        Options = null!;
        _contextDataSeed = null;
        _contextData = null;
        if (_rootInstances is { } kept) Array.Clear(kept);
        User = null;
        CancellationToken = default;
        DataLoaders = null;
        DataLoaderSource = null;
    }

    public Schema Schema => Plan.Schema;
    public OperationPlan Plan { get; private set; }
    public IReadOnlyDictionary<string, object?> Variables { get; private set; }

    /// <summary>The truth values of the <c>@skip</c>/<c>@include</c> variables (see <see cref="OperationPlan"/>).</summary>
    public ulong Mask { get; private set; }

    public IServiceProvider Services { get; private set; }
    public GraphQLExecutionOptions Options { get; private set; }
    /// <summary>State shared by the resolvers; created on first use from the request's context data.</summary>
    public ConcurrentDictionary<string, object?> ContextData
    {
        get
        {
            if (_contextData is null)
            {
                var created = _contextDataSeed is null
                    ? new ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
                    : new ConcurrentDictionary<string, object?>(_contextDataSeed, StringComparer.Ordinal);
                Interlocked.CompareExchange(ref _contextData, created, null);
            }

            return _contextData;
        }
    }
    public ClaimsPrincipal? User { get; private set; }
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>The DataLoaders of this execution (one scope per operation, or per subscription event).</summary>
    public DataLoaderScope? DataLoaders { get; private set; }

    /// <summary>A context for one subscription event: same request, fresh DataLoaders (spec §6.2.3.2).</summary>
    public OperationContext ForEvent(CancellationToken cancellationToken) =>
        new(Plan, Variables, Services, Options, ContextData, User, cancellationToken) { IsSubscriptionEvent = true };

    /// <summary>The runner executing this context; it creates the DataLoader scope on first use.</summary>
    public IDataLoaderScopeSource? DataLoaderSource { get; set; }

    public DataLoaderScope GetDataLoaders()
    {
        if (DataLoaders is { } existing) return existing;

        // Resolvers on several threads may ask at once; an internal sealed object is a safe lock.
        lock (this)
        {
            return DataLoaders ??= DataLoaderSource?.CreateDataLoaders()
                ?? throw new InvalidOperationException("DataLoaders are only available during execution.");
        }
    }

    /// <summary>The instance kept in <paramref name="slot"/> for this execution, or null.</summary>
    public object? RootInstanceAt(int slot)
    {
        var kept = _rootInstances;
        return kept is not null && slot < kept.Length ? Volatile.Read(ref kept[slot]) : null;
    }

    /// <summary>Keeps <paramref name="instance"/> in <paramref name="slot"/> for the rest of this execution.</summary>
    public void KeepRootInstance(int slot, object instance)
    {
        lock (this)
        {
            var kept = _rootInstances;
            if (kept is null || slot >= kept.Length)
            {
                Array.Resize(ref kept, Math.Max(8, slot * 2 + 1));
                _rootInstances = kept;
            }

            Volatile.Write(ref kept[slot], instance);
        }
    }

    /// <summary>True while executing a subscription event: the root field's default value is the event itself.</summary>
    public bool IsSubscriptionEvent { get; init; }
}

/// <summary>Creates an execution's DataLoader scope (implemented by the runner, so that no closure is allocated per request).</summary>
internal interface IDataLoaderScopeSource
{
    DataLoaderScope CreateDataLoaders();
}
