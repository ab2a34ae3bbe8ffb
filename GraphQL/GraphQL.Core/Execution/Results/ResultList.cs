using System.Collections;

namespace GraphQL.Execution.Results;

/// <summary>A list of the response (spec §6.4.3 CompleteValue for list types).</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly ResultSlot[] _items;

    internal ResultList(int count, ResultNode parent, int parentIndex, bool nonNullInParent)
        : base(parent, parentIndex, nonNullInParent)
        => _items = count == 0 ? Array.Empty<ResultSlot>() : new ResultSlot[count];

    public int Count => _items.Length;

    public object? this[int index] => _items[index].Value;

    internal override void SetValue(int index, object? value) => _items[index].Value = value;

    internal override object PathElement(int index) => index;

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++) yield return _items[i].Value;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
