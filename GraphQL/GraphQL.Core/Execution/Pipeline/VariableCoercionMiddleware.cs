using GraphQL.Execution.Coercion;

namespace GraphQL.Execution.Pipeline;

/// <summary>CoerceVariableValues (spec §6.1.2): invalid values end the request with <c>BAD_USER_INPUT</c> errors.</summary>
internal sealed class VariableCoercionMiddleware
{
    private readonly RequestDelegate _next;

    public VariableCoercionMiddleware(RequestDelegate next) => _next = next;

    public ValueTask InvokeAsync(RequestContext context)
    {
        var plan = context.Plan!;
        if (plan.Operation.VariableDefinitions.Count == 0)
        {
            context.Variables = ArgumentCoercion.Empty;
            return _next(context);
        }

        var errors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(context.Schema, plan.Operation, context.Request.Variables, errors);
        if (errors.Count > 0)
        {
            context.Result = ExecutionResult.FromErrors(errors);
            return ValueTask.CompletedTask;
        }

        context.Variables = variables;
        return _next(context);
    }
}
