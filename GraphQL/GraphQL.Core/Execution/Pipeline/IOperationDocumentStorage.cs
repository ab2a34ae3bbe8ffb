namespace GraphQL.Execution;

/// <summary>
/// Where persisted documents live (trusted documents / automatic persisted queries): a request may
/// send a document id instead of the text. Register an implementation in DI to enable it.
/// </summary>
public interface IOperationDocumentStorage
{
    /// <summary>The document text for <paramref name="documentId"/>, or null when unknown.</summary>
    ValueTask<string?> TryReadAsync(string documentId, CancellationToken cancellationToken);
}
