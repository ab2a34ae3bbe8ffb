namespace GraphQL.Client;

/// <summary>
/// Thrown by <see cref="IOperationResult{T}.EnsureNoErrors"/>: the server answered, with GraphQL errors.
/// The message lists every error so that a log line is enough to act on.
/// </summary>
public sealed class GraphQLClientException : Exception
{
    public GraphQLClientException(IReadOnlyList<IClientError> errors)
        : base(BuildMessage(errors)) => Errors = errors;

    public GraphQLClientException(string message, Exception? innerException = null)
        : base(message, innerException) => Errors = Array.Empty<IClientError>();

    /// <summary>The errors of the result.</summary>
    public IReadOnlyList<IClientError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<IClientError> errors)
    {
        if (errors.Count == 1) return "The GraphQL operation failed: " + errors[0];
        var lines = new string[errors.Count];
        for (var i = 0; i < errors.Count; i++) lines[i] = "- " + errors[i];
        return "The GraphQL operation failed with " + errors.Count + " errors:" + Environment.NewLine
            + string.Join(Environment.NewLine, lines);
    }
}
