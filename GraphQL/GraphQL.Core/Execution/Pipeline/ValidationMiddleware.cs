using GraphQL.Validation;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// Validates a document once (spec §5) and caches it with its result, valid or not, so a hot
/// document is never validated again. Errors end the request with <c>GRAPHQL_VALIDATION_FAILED</c>.
/// Besides spec §5 it runs graphql-js's recommended MaxIntrospectionDepthRule unless
/// <see cref="GraphQLExecutionOptions.LimitIntrospectionDepth"/> is off.
/// </summary>
internal sealed class ValidationMiddleware
{
    private static readonly ValidationOptions s_withRecommendedRules = new() { IncludeRecommendedRules = true };

    private readonly RequestDelegate _next;

    public ValidationMiddleware(RequestDelegate next) => _next = next;

    public ValueTask InvokeAsync(RequestContext context)
    {
        var document = context.Document!;
        if (!document.IsValidated)
        {
            var executor = context.Executor;
            executor.Diagnostics.OnValidate();
            var options = executor.Options.LimitIntrospectionDepth ? s_withRecommendedRules : null;
            document.ValidationErrors = ToErrors(DocumentValidator.Validate(context.Schema, document.Document, options));
            executor.DocumentCache.Add(document);
        }

        if (document.ValidationErrors!.Count > 0)
        {
            context.Result = ExecutionResult.FromErrors(document.ValidationErrors);
            return ValueTask.CompletedTask;
        }

        return _next(context);
    }

    private static IReadOnlyList<GraphQLError> ToErrors(ValidationResult result)
    {
        if (result.IsValid) return Array.Empty<GraphQLError>();
        var errors = new GraphQLError[result.Errors.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            var error = result.Errors[i];
            var locations = new ErrorLocation[error.Locations.Count];
            for (var l = 0; l < locations.Length; l++) locations[l] = new ErrorLocation(error.Locations[l].Line, error.Locations[l].Column);
            errors[i] = new GraphQLError(error.Message, locations.Length > 0 ? locations : null, extensions: GraphQLError.CodeExtensions(error.Code));
        }

        return errors;
    }
}
