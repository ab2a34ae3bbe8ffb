using Microsoft.Extensions.Logging;

namespace GraphQL.Execution;

/// <summary>
/// The registered <see cref="IErrorFilter"/>s of one executor, in order. A filter that throws is a bug
/// of the filter, not of the request: it is logged and skipped, so the error it was given stays (its
/// exception never reaches the response).
/// </summary>
internal sealed partial class ErrorFilterChain
{
    private readonly IErrorFilter[] _filters;
    private readonly ILogger _logger;

    public ErrorFilterChain(IErrorFilter[] filters, ILogger logger)
    {
        _filters = filters;
        _logger = logger;
    }

    public GraphQLError Apply(GraphQLError error)
    {
        foreach (var filter in _filters)
        {
            try
            {
                error = filter.OnError(error) ?? error;
            }
            catch (Exception ex)
            {
                LogFilterFailed(_logger, ex, filter.GetType().FullName, error.Message);
            }
        }

        return error;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The error filter {Filter} threw while filtering the error \"{ErrorMessage}\"; the error is kept as it was.")]
    private static partial void LogFilterFailed(ILogger logger, Exception exception, string? filter, string errorMessage);
}

/// <summary>An <see cref="IErrorFilter"/> made of a function (<c>builder.AddErrorFilter(error => ...)</c>).</summary>
internal sealed class DelegateErrorFilter : IErrorFilter
{
    private readonly Func<GraphQLError, GraphQLError> _filter;

    public DelegateErrorFilter(Func<GraphQLError, GraphQLError> filter) => _filter = filter;

    public GraphQLError OnError(GraphQLError error) => _filter(error);
}
