using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace GraphQL.Execution.Results;

/// <summary>
/// An object of the response: values in an array beside the response names of the collected
/// fields (shared by every object of the same selection), so keys stay in selection order
/// (spec §7.2.2 "Serialized Map Ordering") and a map costs one small array, not a dictionary.
/// The names are read through the selection plan rather than kept in two fields of their own:
/// a page of objects holds one reference per map less.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly Planning.SelectionSetPlan _selection;
    private readonly ResultSlot[] _values;

    internal ResultMap(Planning.SelectionSetPlan selection, ResultNode? parent, int parentIndex, bool nonNullInParent)
        : base(parent, parentIndex, nonNullInParent)
    {
        var keys = selection.ResponseNames;
        _selection = selection;
        _values = keys.Length == 0 ? Array.Empty<ResultSlot>() : new ResultSlot[keys.Length];
    }

    public int Count => _values.Length;

    internal string KeyAt(int index) => _selection.ResponseNames[index];

    internal JsonEncodedText EncodedKeyAt(int index) => _selection.EncodedNames[index];

    /// <summary>The keys as the response writer emits them, with their separators.</summary>
    internal byte[][] JsonKeys => _selection.JsonKeys;

    internal object? ValueAt(int index) => _values[index].Value;

    internal override void SetValue(int index, object? value) => _values[index].Value = value;

    internal override object PathElement(int index) => _selection.ResponseNames[index];

    public object? this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _selection.ResponseNames;

    public IEnumerable<object?> Values => _values.Select(slot => slot.Value);

    public bool ContainsKey(string key) => Array.IndexOf(_selection.ResponseNames, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var i = Array.IndexOf(_selection.ResponseNames, key);
        if (i < 0)
        {
            value = null;
            return false;
        }

        value = _values[i].Value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _selection.ResponseNames.Length; i++) yield return new KeyValuePair<string, object?>(_selection.ResponseNames[i], _values[i].Value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
