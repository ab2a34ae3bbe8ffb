using System;
using System.Buffers;

namespace GraphQL.Language;

/// <summary>Collects list items in a pooled array and hands back an exact-size array (empty lists share one instance).</summary>
internal struct ArrayBuilder<T>
{
    private T[]? _items;
    private int _count;

    public int Count => _count;

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = ArrayPool<T>.Shared.Rent(8);
        }
        else if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, larger, _count);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[_count++] = item;
    }

    public T[] ToArrayAndFree()
    {
        if (_items is null) return Array.Empty<T>();
        var result = new T[_count];
        Array.Copy(_items, result, _count);
        ArrayPool<T>.Shared.Return(_items, clearArray: true);
        _items = null;
        _count = 0;
        return result;
    }
}
