using System.Collections.Concurrent;
using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Execution.Planning;
using GraphQL.Types;

namespace GraphQL.Execution.Processing;

/// <summary>What every field of one execution shares: the plan, the coerced variables, the services and the limits.</summary>
internal sealed class OperationContext
{
    public OperationContext(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        GraphQLExecutionOptions options,
        ConcurrentDictionary<string, object?> contextData,
        ClaimsPrincipal? user,
        CancellationToken cancellationToken)
    {
        Plan = plan;
        Variables = variables;
        Mask = plan.GetConditionMask(variables);
        Services = services;
        Options = options;
        ContextData = contextData;
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
    public ConcurrentDictionary<string, object?> ContextData { get; }
    public ClaimsPrincipal? User { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>The DataLoaders of this execution (one scope per operation, or per subscription event).</summary>
    public DataLoaderScope? DataLoaders { get; set; }

    /// <summary>A context for one subscription event: same request, fresh DataLoaders (spec §6.2.3.2).</summary>
    public OperationContext ForEvent(CancellationToken cancellationToken) =>
        new(Plan, Variables, Services, Options, ContextData, User, cancellationToken) { IsSubscriptionEvent = true };

    /// <summary>True while executing a subscription event: the root field's default value is the event itself.</summary>
    public bool IsSubscriptionEvent { get; init; }
}
