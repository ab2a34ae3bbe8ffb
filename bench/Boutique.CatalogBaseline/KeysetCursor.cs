using System.Buffers.Binary;
using System.Globalization;

namespace Boutique.CatalogBaseline;

/// <summary>
/// The page's end cursor as the toolkit's keyset paging writes it (<c>GraphQL.Data.Paging.CursorCodec</c>,
/// internal there): base64url of [1][order signature][JSON array of the sort keys][FNV-1a of the rest].
/// Here the sort keys are <c>price</c> (a decimal, as text) and the tiebreaker <c>id</c>.
/// </summary>
internal static class KeysetCursor
{
    private const byte KeysetVersion = 1;

    /// <summary>FNV-1a of "keyset:x.Price asc,x.Id asc", the signature of <c>order: [{ price: ASC }]</c>.</summary>
    private static readonly uint Signature = Fnv("keyset:x.Price asc,x.Id asc"u8);

    public static string Encode(decimal price, Guid id)
    {
        Span<byte> bytes = stackalloc byte[128];
        bytes[0] = KeysetVersion;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[1..], Signature);
        var json = new BufferWriter(bytes[5..]);
        json.Write("[\""u8);
        json.Advance(Format(price, json.Free));
        json.Write("\",\""u8);
        json.Advance(Format(id, json.Free));
        json.Write("\"]"u8);
        var length = 5 + json.Written;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[length..], Fnv(bytes[..length]));
        return Base64UrlNoPadding(bytes[..(length + 4)]);
    }

    private static int Format(decimal value, Span<byte> destination) =>
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("Cursor buffer too small.");

    private static int Format(Guid value, Span<byte> destination) =>
        value.TryFormat(destination, out var written) ? written : throw new InvalidOperationException("Cursor buffer too small.");

    private static string Base64UrlNoPadding(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static uint Fnv(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return hash;
    }

    private ref struct BufferWriter(Span<byte> buffer)
    {
        private readonly Span<byte> _buffer = buffer;
        public int Written { get; private set; }
        public readonly Span<byte> Free => _buffer[Written..];
        public void Advance(int count) => Written += count;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_buffer[Written..]);
            Written += bytes.Length;
        }
    }
}
