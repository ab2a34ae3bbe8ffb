using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using GraphQL.Execution.Results;

namespace GraphQL.Execution.Serialization;

/// <summary>
/// Writes the <c>data</c> tree of a response (spec §7.2) as UTF-8 JSON into its own buffer, byte for byte what
/// <see cref="Utf8JsonWriter"/> with the response's options would write, at a fraction of the cost: maps write
/// their keys from <see cref="Planning.SelectionSetPlan.JsonKeys"/> (quoted, escaped and with their separator,
/// once per selection), separators are known from the position instead of tracked per token, and strings whose
/// characters need no escaping are narrowed in place. Anything else (escaped or non-ASCII text, floating-point
/// numbers, JSON elements, dictionaries of custom scalars) is written by a <see cref="Utf8JsonWriter"/> over the
/// same buffer, one value at a time, so the output never depends on which path wrote a value.
/// Why: writing every token through <see cref="Utf8JsonWriter"/> cost ~50 instructions per output byte on a
/// typical list of small objects (callgrind), about as much as executing the fields.
/// </summary>
internal sealed class ResultTreeWriter : IBufferWriter<byte>
{
    /// <summary>Buffers grown past this are not kept by the thread.</summary>
    private const int MaxRetained = 1024 * 1024;

    /// <summary>Shorter strings are checked and narrowed by a plain loop; longer ones with vectorized searches.</summary>
    private const int ShortString = 24;

    [ThreadStatic] private static ResultTreeWriter? t_idle;

    // The printable ASCII characters the response encoder leaves as they are (all but '"' and '\\'), read from the
    // encoder itself so that both paths agree by construction.
    private static readonly bool[] s_plain = CreatePlainTable();
    private static readonly SearchValues<char> s_plainValues = CreatePlainValues();

    private byte[] _buffer = new byte[4096];
    private int _position;
    private Utf8JsonWriter? _fallback;

    // The last decimal written and where its text is in the buffer (no text when the length is 0).
    private decimal _lastDecimal;
    private int _lastDecimalStart;
    private int _lastDecimalLength;

    /// <summary>This thread's writer, empty; give it back with <see cref="Return"/>.</summary>
    public static ResultTreeWriter Rent()
    {
        var writer = t_idle ?? new ResultTreeWriter();
        t_idle = null;
        return writer;
    }

    public void Return()
    {
        _position = 0;
        _lastDecimalLength = 0;
        if (_buffer.Length <= MaxRetained) t_idle = this;
    }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _position);

    public void WriteValue(object? value)
    {
        switch (value)
        {
            case string s:
                WriteString(s);
                return;
            case ResultMap map:
                WriteMap(map);
                return;
            case null:
                WriteLiteral("null"u8);
                return;
            case ResultList list:
                WriteList(list);
                return;
            case bool b:
                WriteLiteral(b ? "true"u8 : "false"u8);
                return;
            case int i:
                Ensure(11);
                Utf8Formatter.TryFormat(i, _buffer.AsSpan(_position), out var written);
                _position += written;
                return;
            case long l:
                Ensure(20);
                Utf8Formatter.TryFormat(l, _buffer.AsSpan(_position), out written);
                _position += written;
                return;
            case decimal m:
                WriteDecimal(m);
                return;
            default:
                WriteFallback(value);
                return;
        }
    }

    /// <summary>
    /// A decimal with the same bits as the previous one is copied from where that one was written: formatting a
    /// decimal costs ~400 instructions, and prices repeat down a list (a product's variants).
    /// </summary>
    private void WriteDecimal(decimal value)
    {
        Ensure(64);
        if (_lastDecimalLength > 0 && Processing.ScalarBoxes.SameBits(value, _lastDecimal))
        {
            _buffer.AsSpan(_lastDecimalStart, _lastDecimalLength).CopyTo(_buffer.AsSpan(_position));
            _position += _lastDecimalLength;
            return;
        }

        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _lastDecimal = value;
        _lastDecimalStart = _position;
        _lastDecimalLength = written;
        _position += written;
    }

    private void WriteMap(ResultMap map)
    {
        var keys = map.JsonKeys;
        WriteByte((byte)'{');
        for (var i = 0; i < keys.Length; i++)
        {
            WriteLiteral(keys[i]);
            WriteValue(map.ValueAt(i));
        }

        WriteByte((byte)'}');
    }

    private void WriteList(ResultList list)
    {
        WriteByte((byte)'[');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0) WriteByte((byte)',');
            WriteValue(list[i]);
        }

        WriteByte((byte)']');
    }

    private void WriteString(string s)
    {
        Ensure(s.Length + 2);
        if (s.Length < ShortString)
        {
            // Bounds are checked by Ensure: the loop indexes the buffer and the table without checks.
            ref var destination = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _position + 1);
            ref var plain = ref MemoryMarshal.GetArrayDataReference(s_plain);
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (c >= 128 || !Unsafe.Add(ref plain, c))
                {
                    WriteFallback(s);
                    return;
                }

                Unsafe.Add(ref destination, i) = (byte)c;
            }
        }
        else if (s.AsSpan().IndexOfAnyExcept(s_plainValues) >= 0
                 || Ascii.FromUtf16(s, _buffer.AsSpan(_position + 1, s.Length), out _) != OperationStatus.Done)
        {
            WriteFallback(s);
            return;
        }

        _buffer[_position] = (byte)'"';
        _buffer[_position + s.Length + 1] = (byte)'"';
        _position += s.Length + 2;
    }

    /// <summary>One value through <see cref="Utf8JsonWriter"/>: at the root of that writer, so it adds no separator of its own.</summary>
    private void WriteFallback(object? value)
    {
        var writer = _fallback;
        if (writer is null) _fallback = writer = ExecutionResultWriter.CreateWriter(this);
        else writer.Reset(this);
        ExecutionResultWriter.WriteValue(value, writer);
        writer.Flush();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteByte(byte value)
    {
        if (_position == _buffer.Length) Grow(1);
        _buffer[_position++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteLiteral(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int count)
    {
        if (_buffer.Length - _position < count) Grow(count);
    }

    private void Grow(int count)
    {
        var next = new byte[Math.Max(_buffer.Length * 2, _position + count)];
        _buffer.AsSpan(0, _position).CopyTo(next);
        _buffer = next;
    }

    void IBufferWriter<byte>.Advance(int count) => _position += count;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_position);
    }

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_position);
    }

    private static bool[] CreatePlainTable()
    {
        var encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        var table = new bool[128];
        Span<byte> ascii = stackalloc byte[1];
        for (var c = 0; c < 128; c++)
        {
            ascii[0] = (byte)c;
            table[c] = encoder.FindFirstCharacterToEncodeUtf8(ascii) < 0;
        }

        return table;
    }

    private static SearchValues<char> CreatePlainValues()
    {
        var chars = new List<char>();
        for (var c = 0; c < 128; c++)
        {
            if (s_plain[c]) chars.Add((char)c);
        }

        return SearchValues.Create(chars.ToArray());
    }
}
