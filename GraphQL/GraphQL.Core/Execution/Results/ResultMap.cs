using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace GraphQL.Execution.Results;

/// <summary>
/// An object of the response: values in an array beside the response names of the collected
/// fields (shared by every object of the same selection), so keys stay in selection order
/// (spec §7.2.2 "Serialized Map Ordering") and a map costs two small arrays, not a dictionary.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly JsonEncodedText[] _encodedKeys;
    private readonly object?[] _values;

    internal ResultMap(Planning.SelectionSetPlan selection, ResultNode? parent, int parentIndex, bool nonNullInParent)
        : base(parent, parentIndex, nonNullInParent)
    {
        var keys = selection.ResponseNames;
        _keys = keys;
        _encodedKeys = selection.EncodedNames;
        _values = keys.Length == 0 ? Array.Empty<object?>() : new object?[keys.Length];
    }

    public int Count => _keys.Length;

    internal string KeyAt(int index) => _keys[index];

    internal JsonEncodedText EncodedKeyAt(int index) => _encodedKeys[index];

    internal object? ValueAt(int index) => _values[index];

    internal override void SetValue(int index, object? value) => _values[index] = value;

    internal override object PathElement(int index) => _keys[index];

    public object? this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var i = Array.IndexOf(_keys, key);
        if (i < 0)
        {
            value = null;
            return false;
        }

        value = _values[i];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
