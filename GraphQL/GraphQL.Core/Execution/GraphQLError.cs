using GraphQL.Language;

namespace GraphQL.Execution;

/// <summary>
/// An error of the response (spec §7.1.2): a message for the developer, the document locations it
/// refers to, the response path of the field that raised it (names and list indices) and
/// <c>extensions</c> whose <c>code</c> is one of <see cref="ErrorCodes"/>.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Locations = locations;
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }

    /// <summary>Where in the document the error happened, or null.</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; }

    /// <summary>The response path: <see cref="string"/> keys and <see cref="int"/> list indices, or null.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data; <c>code</c> holds a stable code from <see cref="ErrorCodes"/>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error (never written to the response by itself).</summary>
    public Exception? Exception { get; }

    /// <summary>The <c>extensions.code</c> value, or null.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var c) ? c as string : null;

    /// <summary>An error with a code and optional locations.</summary>
    public static GraphQLError WithCode(string message, string code, params SyntaxNode?[] nodes) =>
        new(message, ErrorLocation.From(nodes), extensions: CodeExtensions(code));

    internal static IReadOnlyDictionary<string, object?> CodeExtensions(string code) =>
        new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["code"] = code };

    public override string ToString() => Message;
}

/// <summary>A line and column (both 1-based) in the request document.</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    /// <summary>The locations of the nodes that have one; null when none has.</summary>
    public static IReadOnlyList<ErrorLocation>? From(params SyntaxNode?[] nodes)
    {
        List<ErrorLocation>? list = null;
        foreach (var node in nodes)
        {
            if (node?.Location is { } loc) (list ??= new List<ErrorLocation>(nodes.Length)).Add(new ErrorLocation(loc.Line, loc.Column));
        }

        return list;
    }

    internal static IReadOnlyList<ErrorLocation>? FromFields(IReadOnlyList<FieldNode> nodes)
    {
        List<ErrorLocation>? list = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Location is { } loc) (list ??= new List<ErrorLocation>(nodes.Count)).Add(new ErrorLocation(loc.Line, loc.Column));
        }

        return list;
    }
}
