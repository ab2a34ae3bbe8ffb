using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Boutique.Graph.Nodes;

/// <summary>
/// Opaque global IDs (Relay): base64url of <c>"&lt;Type&gt;:&lt;uuid&gt;"</c>, so an ID names its type
/// and clients treat it as a token. Parsing never throws on input from clients.
/// </summary>
public static class GlobalId
{
    public static string Format(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString("N")));

    public static bool TryParse(string? value, [NotNullWhen(true)] out string? typeName, out Guid id)
    {
        typeName = null;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > 200) return false;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':');
        if (colon <= 0 || !Guid.TryParseExact(text.AsSpan(colon + 1), "N", out id)) return false;
        typeName = text[..colon];
        return true;
    }

    /// <summary>The UUID of an ID of type <paramref name="expectedType"/>, or null for anything else.</summary>
    public static Guid? ParseOf(string expectedType, string? value) =>
        TryParse(value, out var type, out var id) && type == expectedType ? id : null;
}
