using System.Collections.Concurrent;

namespace GraphQL.Execution.Pipeline;

/// <summary>
/// Parsed and validated documents by text or persisted id, bounded by <see cref="GraphQLExecutionOptions.DocumentCacheSize"/>.
/// When full, the least recently used quarter is evicted (an approximate LRU: each hit stamps the entry).
/// </summary>
internal sealed class DocumentCache
{
    private readonly ConcurrentDictionary<DocumentKey, Entry> _entries = new();
    private readonly int _capacity;
    private long _clock;

    public DocumentCache(int capacity) => _capacity = Math.Max(capacity, 1);

    public int Count => _entries.Count;

    public bool TryGet(DocumentKey key, out CachedDocument document)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            document = entry.Document;
            return true;
        }

        document = null!;
        return false;
    }

    public void Add(CachedDocument document)
    {
        if (_entries.Count >= _capacity) Evict();
        _entries[document.Key] = new Entry(document) { LastUsed = Interlocked.Increment(ref _clock) };
    }

    private void Evict()
    {
        lock (_entries)
        {
            if (_entries.Count < _capacity) return;
            var stamps = new List<(long Stamp, DocumentKey Key)>(_entries.Count);
            foreach (var pair in _entries) stamps.Add((pair.Value.LastUsed, pair.Key));
            stamps.Sort((a, b) => a.Stamp.CompareTo(b.Stamp));
            var remove = Math.Max(1, stamps.Count / 4);
            for (var i = 0; i < remove; i++) _entries.TryRemove(stamps[i].Key, out _);
        }
    }

    private sealed class Entry
    {
        public Entry(CachedDocument document) => Document = document;

        public CachedDocument Document { get; }
        public long LastUsed { get; set; }
    }
}
