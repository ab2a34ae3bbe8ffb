using System.Collections.Concurrent;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Persisted operations ("trusted documents") from a folder of <c>&lt;id&gt;.graphql</c> files, where the id is
/// usually the SHA-256 of the text (<see cref="GraphQLServerOptions.PersistedOperationsDirectory"/>). Files are
/// read once and kept; ids that are not plain names (letters, digits, <c>-</c>, <c>_</c>) are never looked up,
/// so an id cannot walk out of the folder.
/// </summary>
internal sealed class FileSystemOperationDocumentStorage : IOperationDocumentStorage
{
    private const int MaxIdLength = 128;
    private readonly ConcurrentDictionary<string, string?> _documents = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<GraphQLServerOptions> _options;

    public FileSystemOperationDocumentStorage(IOptionsMonitor<GraphQLServerOptions> options) => _options = options;

    public async ValueTask<string?> TryReadAsync(string documentId, CancellationToken cancellationToken)
    {
        if (_documents.TryGetValue(documentId, out var cached)) return cached;
        var directory = _options.Get(Options.DefaultName).PersistedOperationsDirectory;
        if (directory is null || !IsPlainName(documentId)) return null;

        var path = Path.Combine(directory, documentId + ".graphql");
        string? text = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) : null;

        // Unknown ids are not cached: a file added later is found, and hostile ids cannot fill the cache.
        if (text is not null) _documents.TryAdd(documentId, text);
        return text;
    }

    private static bool IsPlainName(string id)
    {
        if (id.Length is 0 or > MaxIdLength) return false;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_') return false;
        }

        return true;
    }
}
