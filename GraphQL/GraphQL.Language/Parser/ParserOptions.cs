namespace GraphQL.Language;

/// <summary>
/// Limits that keep hostile documents cheap to reject. The defaults suit operations sent by clients;
/// use <see cref="ForTrustedDocuments"/> for schema files and other trusted text.
/// </summary>
public sealed class ParserOptions
{
    internal static readonly ParserOptions Default = new();

    /// <summary>Most tokens a document may hold (graphql-js's <c>maxTokens</c>); 15,000 by default.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types; 256 by default. Bounds the
    /// parser's recursion so that <c>[[[[…</c> is a syntax error instead of a stack overflow.
    /// </summary>
    public int MaxDepth { get; set; } = 256;

    /// <summary>Most fields (selections of kind Field) a document may hold, or null for no limit.</summary>
    public int? MaxFields { get; set; }

    /// <summary>Skips creating <see cref="Location"/>s, for speed when positions are never reported.</summary>
    public bool NoLocations { get; set; }

    /// <summary>
    /// Options for trusted text written by the service's or the client's own developers (a schema file,
    /// the operation files a client is generated from): no token limit, which only protects servers from
    /// hostile requests; the nesting limit stays, so the parser's recursion remains bounded.
    /// </summary>
    public static ParserOptions ForTrustedDocuments() => new() { MaxTokens = int.MaxValue };
}
