using System.Globalization;
using System.Text;

namespace GraphQL.Relay;

/// <summary>
/// Opaque global IDs (Relay's Global Object Identification): base64 of <c>TypeName:key</c>, so one
/// <c>node(id:)</c> field can find any object and a client never builds IDs itself. Keys are
/// <see cref="int"/>, <see cref="long"/>, <see cref="Guid"/> or <see cref="string"/>.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, object key)
    {
        var text = key is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : key.ToString();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + text));
    }

    /// <summary>Splits an ID into its type name and key text; false for anything this server did not make.</summary>
    public static bool TryDecode(string id, out string typeName, out string key)
    {
        typeName = key = string.Empty;
        if (string.IsNullOrEmpty(id) || id.Length > 1024 || id.Length % 4 != 0) return false;
        var bytes = new byte[id.Length / 4 * 3];
        if (!Convert.TryFromBase64String(id, bytes, out var written)) return false;
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        typeName = text.Substring(0, colon);
        key = text.Substring(colon + 1);
        return true;
    }

    /// <summary>The key text as <paramref name="keyType"/>, or null when it does not parse.</summary>
    public static object? ParseKey(string key, Type keyType)
    {
        var type = Nullable.GetUnderlyingType(keyType) ?? keyType;
        if (type == typeof(string)) return key;
        if (type == typeof(int)) return int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;
        if (type == typeof(long)) return long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;
        if (type == typeof(Guid)) return Guid.TryParse(key, out var g) ? g : null;
        if (type == typeof(short)) return short.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : null;
        return null;
    }
}
