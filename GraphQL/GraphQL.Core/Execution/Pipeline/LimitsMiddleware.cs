namespace GraphQL.Execution.Pipeline;

/// <summary>
/// Rejects operations that introspect when introspection is off, or that are too deep, too large or
/// too expensive, before any resolver runs
/// (see <see cref="Planning.OperationMetrics"/> for how they are measured).
/// </summary>
internal sealed class LimitsMiddleware
{
    private readonly RequestDelegate _next;

    public LimitsMiddleware(RequestDelegate next) => _next = next;

    public ValueTask InvokeAsync(RequestContext context)
    {
        var options = context.Options;
        var plan = context.Plan!;
        var metrics = plan.Metrics;
        if (!options.EnableIntrospection && metrics.IntrospectionField is { } introspection)
        {
            context.Result = ExecutionResult.FromError(GraphQLError.WithCode(
                "Introspection is disabled.", ErrorCodes.IntrospectionDisabled, introspection));
            return ValueTask.CompletedTask;
        }

        if (options.MaxDepth is { } maxDepth && metrics.Depth > maxDepth)
        {
            return Reject(context, $"The operation has a depth of {metrics.Depth}, which exceeds the maximum allowed depth of {maxDepth}.",
                ErrorCodes.MaxDepthExceeded);
        }

        if (options.MaxFieldsPerRequest is { } maxFields && metrics.FieldCount > maxFields)
        {
            return Reject(context, $"The operation selects {metrics.FieldCount} fields, which exceeds the maximum of {maxFields}.",
                ErrorCodes.MaxFieldsExceeded);
        }

        if (options.MaxCost is { } maxCost)
        {
            var cost = metrics.GetCost(plan, context.Variables!, options.DefaultListMultiplier);
            if (cost > maxCost)
            {
                return Reject(context, $"The operation has a cost of {cost}, which exceeds the maximum allowed cost of {maxCost}.",
                    ErrorCodes.MaxCostExceeded);
            }
        }

        return _next(context);
    }

    private static ValueTask Reject(RequestContext context, string message, string code)
    {
        context.Result = ExecutionResult.FromError(GraphQLError.WithCode(message, code, context.Plan!.Operation));
        return ValueTask.CompletedTask;
    }
}
