using System;
using System.Threading;

namespace GraphQL.Language;

/// <summary>
/// A small lossy cache of Name strings: documents repeat the same names (<c>id</c>, <c>String</c>, field names)
/// so most names are found here instead of allocated. Collisions simply overwrite; reads and writes of a
/// reference are atomic, so no lock is needed.
/// </summary>
internal static class NameCache
{
    private const int Size = 1024;
    private const int MaxLength = 32;
    private static readonly string?[] s_entries = new string?[Size];

    public static string GetOrAdd(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxLength) return Create(name);

        uint hash = 2166136261;
        foreach (var b in name) hash = (hash ^ b) * 16777619;
        var slot = (int)(hash & (Size - 1));

        var cached = Volatile.Read(ref s_entries[slot]);
        if (cached is not null && Matches(cached, name)) return cached;

        var created = Create(name);
        Volatile.Write(ref s_entries[slot], created);
        return created;
    }

    private static bool Matches(string cached, ReadOnlySpan<byte> name)
    {
        if (cached.Length != name.Length) return false;
        for (var i = 0; i < name.Length; i++)
        {
            if (cached[i] != name[i]) return false;
        }

        return true;
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
