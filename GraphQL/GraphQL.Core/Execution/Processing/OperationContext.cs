using System.Collections.Concurrent;
using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Execution.Planning;
using GraphQL.Types;

namespace GraphQL.Execution.Processing;

/// <summary>What every field of one execution shares: the plan, the coerced variables, the services and the limits.</summary>
internal sealed class OperationContext
{
    private readonly IReadOnlyDictionary<string, object?>? _contextDataSeed;
    private ConcurrentDictionary<string, object?>? _contextData;
    public OperationContext(
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

    public Schema Schema => Plan.Schema;
    public OperationPlan Plan { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The truth values of the <c>@skip</c>/<c>@include</c> variables (see <see cref="OperationPlan"/>).</summary>
    public ulong Mask { get; }

    public IServiceProvider Services { get; }
    public GraphQLExecutionOptions Options { get; }
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
    public ClaimsPrincipal? User { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>The DataLoaders of this execution (one scope per operation, or per subscription event).</summary>
    public DataLoaderScope? DataLoaders { get; private set; }

    /// <summary>A context for one subscription event: same request, fresh DataLoaders (spec §6.2.3.2).</summary>
    public OperationContext ForEvent(CancellationToken cancellationToken) =>
        new(Plan, Variables, Services, Options, ContextData, User, cancellationToken) { IsSubscriptionEvent = true };

    /// <summary>Creates the DataLoader scope on first use (most operations never touch one).</summary>
    public Func<DataLoaderScope>? DataLoaderFactory { get; set; }

    public DataLoaderScope GetDataLoaders()
    {
        if (DataLoaders is { } existing) return existing;

        // Resolvers on several threads may ask at once; an internal sealed object is a safe lock.
        lock (this)
        {
            return DataLoaders ??= DataLoaderFactory?.Invoke()
                ?? throw new InvalidOperationException("DataLoaders are only available during execution.");
        }
    }

    /// <summary>True while executing a subscription event: the root field's default value is the event itself.</summary>
    public bool IsSubscriptionEvent { get; init; }
}
