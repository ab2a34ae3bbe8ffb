using System;
using System.Runtime.CompilerServices;

namespace GraphQL.Language;

/// <summary>
/// The items of every list being parsed, on one stack: a list's items go above those of the lists that enclose
/// it and are popped into an exact-size array when it closes. One buffer serves a whole parse (kept per thread
/// between parses), so a list costs its result array and nothing else — no pool round trip, no clearing per list.
/// </summary>
internal sealed class ListBuffer
{
    // Buffers that grew past this (a huge document) are dropped instead of being kept for the thread.
    private const int MaxKeptLength = 4096;

    [ThreadStatic]
    private static ListBuffer? t_spare;

    private object?[] _items = new object?[64];
    private int _count;
    private int _used;

    /// <summary>The thread's spare buffer, or a new one when it is in use (a parse inside a parse) or gone.</summary>
    public static ListBuffer Rent()
    {
        var buffer = t_spare;
        if (buffer is null) return new ListBuffer();
        t_spare = null;
        return buffer;
    }

    /// <summary>Clears the references the parse left (the tree must not be kept alive) and keeps the buffer.</summary>
    public static void Return(ListBuffer buffer)
    {
        if (buffer._items.Length > MaxKeptLength) return;
        Array.Clear(buffer._items, 0, Math.Max(buffer._used, buffer._count));
        buffer._count = 0;
        buffer._used = 0;
        t_spare = buffer;
    }

    /// <summary>Where the list being started begins: hand it to <see cref="PopArray{T}"/> when the list closes.</summary>
    public int Mark => _count;

    public void Push(object item)
    {
        var items = _items;
        var count = _count;
        if ((uint)count < (uint)items.Length)
        {
            items[count] = item;
            _count = count + 1;
            return;
        }

        Grow(item);
    }

    /// <summary>The items pushed since <paramref name="mark"/>, as an exact-size array (empty lists share one).</summary>
    public T[] PopArray<T>(int mark) where T : class
    {
        var count = _count - mark;
        if (count == 0) return Array.Empty<T>();

        var result = new T[count];
        var items = _items;
        // Every item pushed for this list is a T; writing through a ref skips the per-element covariance check.
        ref var first = ref result[0];
        for (var i = 0; i < count; i++)
        {
            Unsafe.Add(ref first, i) = Unsafe.As<T>(items[mark + i]!);
        }

        if (_count > _used) _used = _count;
        _count = mark;
        return result;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(object item)
    {
        var larger = new object?[_items.Length * 2];
        Array.Copy(_items, larger, _count);
        _items = larger;
        _items[_count++] = item;
    }
}
