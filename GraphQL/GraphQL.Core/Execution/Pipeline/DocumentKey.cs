namespace GraphQL.Execution.Pipeline;

/// <summary>
/// What the document cache is keyed by: the request's text itself, or a persisted document id. A text
/// key costs one pass of the dictionary's string hash plus an ordinal comparison on a hit, with no
/// allocation and no collision risk; a SHA-256 of the text (what this replaced) cost a UTF-8
/// transcoding, the hash and a 64-character hex string per request. The flag keeps an id and a text
/// that happen to be spelled alike apart.
/// </summary>
internal readonly record struct DocumentKey(string Value, bool IsPersistedId)
{
    public static DocumentKey ForText(string text) => new(text, false);

    public static DocumentKey ForPersistedId(string id) => new(id, true);
}
