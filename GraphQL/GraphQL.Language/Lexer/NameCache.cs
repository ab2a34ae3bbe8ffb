using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace GraphQL.Language;

/// <summary>
/// A small lossy cache of Name strings (and of Int and Float lexemes, also ASCII): documents repeat the same
/// names (<c>id</c>, <c>String</c>, field names) so most names are found here instead of allocated. Collisions
/// simply overwrite; an entry is one object holding both spellings and reads and writes of a reference are
/// atomic, so no lock is needed.
/// </summary>
internal static class NameCache
{
    private const int SlotBits = 10;
    private const int MaxLength = 32;
    private static readonly Entry?[] s_entries = new Entry?[1 << SlotBits];

    /// <summary>A cached name: its UTF-8 bytes (compared a word at a time) and its string.</summary>
    private sealed class Entry
    {
        public Entry(byte[] utf8, string value)
        {
            Utf8 = utf8;
            Value = value;
        }

        public byte[] Utf8 { get; }
        public string Value { get; }
    }

    public static string GetOrAdd(ReadOnlySpan<byte> name)
    {
        // Empty (never a Name, spec §2.1.9) and long names are not cached.
        if ((uint)(name.Length - 1) >= MaxLength) return Create(name);

        ref var slot = ref s_entries[Slot(name)];
        var cached = Volatile.Read(ref slot);
        if (cached is not null && name.SequenceEqual(cached.Utf8)) return cached.Value;

        var created = Create(name);
        Volatile.Write(ref slot, new Entry(name.ToArray(), created));
        return created;
    }

    /// <summary>
    /// The slot of a name from its length and its first and last four bytes (overlapping when shorter than
    /// eight): a hash over every byte cost more than the lookup it serves, and names that agree on all of these
    /// are rare enough that the odd overwrite does not matter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<byte> name)
    {
        uint head, tail;
        if (name.Length >= sizeof(uint))
        {
            head = MemoryMarshal.Read<uint>(name);
            tail = MemoryMarshal.Read<uint>(name.Slice(name.Length - sizeof(uint)));
        }
        else
        {
            // One to three bytes.
            head = name[0];
            tail = (uint)(name[name.Length - 1] << 8) | name[name.Length >> 1];
        }

        var hash = (head * 0x9E3779B1u) ^ (tail * 0x85EBCA77u) ^ (uint)name.Length * 0xC2B2AE3Du;
        return (int)(hash >> (32 - SlotBits));
    }

    // Names are ASCII (spec §2.1.9), so each byte is one char.
    private static unsafe string Create(ReadOnlySpan<byte> name)
    {
        var result = new string('\0', name.Length);
        fixed (char* chars = result)
        {
            for (var i = 0; i < name.Length; i++) chars[i] = (char)name[i];
        }

        return result;
    }
}
