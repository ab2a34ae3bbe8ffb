namespace GraphQL.Execution;

/// <summary>Copies of an error with one part changed, for <see cref="IErrorFilter"/>s.</summary>
public static class GraphQLErrorExtensions
{
    /// <summary>The same error with another message.</summary>
    public static GraphQLError WithMessage(this GraphQLError error, string message) =>
        new(message, error.Locations, error.Path, error.Extensions, error.Exception);

    /// <summary>
    /// The same error with another <c>extensions.code</c>. The other extensions stay, except
    /// <c>exception</c>: the details of an unexpected error are moot once a filter has explained it.
    /// </summary>
    public static GraphQLError WithCode(this GraphQLError error, string code)
    {
        var extensions = new Dictionary<string, object?>((error.Extensions?.Count ?? 0) + 1, StringComparer.Ordinal);
        if (error.Extensions is not null)
        {
            foreach (var (key, value) in error.Extensions)
            {
                if (key != "exception") extensions[key] = value;
            }
        }

        extensions["code"] = code;
        return new GraphQLError(error.Message, error.Locations, error.Path, extensions, error.Exception);
    }
}
