using System.Collections.Concurrent;
using GraphQL.Execution.Planning;
using GraphQL.Language;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// An entry of the document cache: the syntax tree, its validation result (so a hot document skips
/// parse and validation), and the compiled plan of each operation executed from it.
/// </summary>
internal sealed class CachedDocument
{
    public CachedDocument(DocumentKey key, DocumentNode document)
    {
        Key = key;
        Document = document;
    }

    public DocumentKey Key { get; }
    public DocumentNode Document { get; }

    /// <summary>Set once validation ran: the errors, empty when the document is valid.</summary>
    public IReadOnlyList<GraphQLError>? ValidationErrors { get; set; }

    public bool IsValidated => ValidationErrors is not null;

    /// <summary>Plans by operation name ("" for the anonymous operation).</summary>
    public ConcurrentDictionary<string, OperationPlan> Plans { get; } = new(StringComparer.Ordinal);
}
