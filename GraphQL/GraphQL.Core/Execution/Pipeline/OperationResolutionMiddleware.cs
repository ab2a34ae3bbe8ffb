using GraphQL.Execution.Planning;
using GraphQL.Language;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// GetOperation (spec §6.1) with graphql-js's messages (<c>OPERATION_NOT_FOUND</c>), the root type of its
/// kind (<c>OPERATION_NOT_SUPPORTED</c> when the schema has none), and its compiled plan, cached with the document.
/// </summary>
internal sealed class OperationResolutionMiddleware
{
    private readonly RequestDelegate _next;

    public OperationResolutionMiddleware(RequestDelegate next) => _next = next;

    public ValueTask InvokeAsync(RequestContext context)
    {
        var document = context.Document!;
        var name = context.Request.OperationName ?? string.Empty;
        if (!document.Plans.TryGetValue(name, out var plan))
        {
            var operation = GetOperation(document.Document, context.Request.OperationName, out var error);
            if (operation is null)
            {
                context.Result = ExecutionResult.FromError(error!);
                return ValueTask.CompletedTask;
            }

            var rootType = context.Schema.GetRootType(operation.Operation);
            if (rootType is null)
            {
                context.Result = ExecutionResult.FromError(GraphQLError.WithCode(
                    $"Schema is not configured to execute {OperationKeyword(operation.Operation)} operation.",
                    ErrorCodes.OperationNotSupported, operation));
                return ValueTask.CompletedTask;
            }

            plan = document.Plans.GetOrAdd(name, new OperationPlan(context.Schema, document.Document, operation, rootType));
            context.Executor.Diagnostics.OnPlan();
        }

        if (plan.HasTooManyConditionVariables)
        {
            context.Result = ExecutionResult.FromError(GraphQLError.WithCode(
                "The operation uses more than 64 variables in @skip and @include.", ErrorCodes.MaxFieldsExceeded, plan.Operation));
            return ValueTask.CompletedTask;
        }

        context.Plan = plan;
        return _next(context);
    }

    private static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? found = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null)
            {
                if (found is not null)
                {
                    error = GraphQLError.WithCode(
                        "Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound);
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is null)
        {
            error = GraphQLError.WithCode(
                operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".",
                ErrorCodes.OperationNotFound);
        }

        return found;
    }

    private static string OperationKeyword(OperationType type) => type switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
