namespace GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report an error whose message the client may see, with a chosen
/// <c>extensions.code</c> (any other exception becomes "Unexpected Execution Error").
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    public GraphQLException(string message, Exception inner, string? code = null)
        : base(message, inner) => Code = code;

    /// <summary>The <c>extensions.code</c> of the error, or null for none.</summary>
    public string? Code { get; }

    /// <summary>More <c>extensions</c> entries (the code is added to them).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
