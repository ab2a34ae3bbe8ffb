using System.Security.Cryptography;

namespace Boutique.Data.Catalog;

/// <summary>
/// Image bytes kept in the database and addressed by content: the id is the SHA-256 of the bytes, so
/// the URL <c>/images/&lt;id&gt;.&lt;ext&gt;</c> can be cached forever and identical uploads are stored once.
/// </summary>
public sealed class StoredImage
{
    private StoredImage()
    {
    }

    public StoredImage(byte[] content, string contentType, DateTimeOffset now)
    {
        Id = HashOf(content);
        Content = content;
        ContentType = contentType;
        ByteLength = content.Length;
        CreatedAt = now;
    }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Id { get; private set; } = "";

    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public int ByteLength { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public string Url => $"/images/{Id}{Extension(ContentType)}";

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static string Extension(string contentType) => contentType switch
    {
        "image/svg+xml" => ".svg",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/webp" => ".webp",
        _ => "",
    };
}
