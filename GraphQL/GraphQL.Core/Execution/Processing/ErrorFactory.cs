using GraphQL.Types;

namespace GraphQL.Execution.Processing;

/// <summary>
/// Turns an exception raised while executing a field into a response error. Messages of
/// <see cref="GraphQLException"/>, coercion and completion errors are meant for clients and kept;
/// anything else becomes "Unexpected Execution Error" so no server detail leaks, unless
/// <see cref="GraphQLExecutionOptions.IncludeExceptionDetails"/> is on. The registered
/// <see cref="IErrorFilter"/>s then see the error, with its exception, and may rewrite it.
/// </summary>
internal static class ErrorFactory
{
    public const string UnexpectedErrorMessage = "Unexpected Execution Error";

    public static GraphQLError FromException(
        Exception exception, IReadOnlyList<ErrorLocation>? locations, IReadOnlyList<object>? path, GraphQLExecutionOptions options)
    {
        var error = Create(exception, locations, path, options);
        return options.ErrorFilters is { } filters ? filters.Apply(error) : error;
    }

    private static GraphQLError Create(
        Exception exception, IReadOnlyList<ErrorLocation>? locations, IReadOnlyList<object>? path, GraphQLExecutionOptions options)
    {
        string message;
        Dictionary<string, object?> extensions;
        switch (exception)
        {
            case GraphQLException graphQL:
                if (graphQL is Coercion.ArgumentCoercionException { Value.Location: { } at })
                {
                    locations = new[] { new ErrorLocation(at.Line, at.Column) };
                }

                message = graphQL.Message;
                extensions = graphQL.Extensions is null
                    ? new Dictionary<string, object?>(1, StringComparer.Ordinal)
                    : new Dictionary<string, object?>(graphQL.Extensions, StringComparer.Ordinal);
                if (graphQL.Code is not null) extensions["code"] = graphQL.Code;
                return new GraphQLError(message, locations, path, extensions.Count > 0 ? extensions : null, exception);
            case CoercionException or CompletionException:
                message = exception.Message;
                break;
            default:
                message = UnexpectedErrorMessage;
                break;
        }

        extensions = new Dictionary<string, object?>(2, StringComparer.Ordinal) { ["code"] = ErrorCodes.InternalServerError };
        if (options.IncludeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        return new GraphQLError(message, locations, path, extensions, exception);
    }
}
