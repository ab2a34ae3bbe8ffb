using System.Buffers.Text;
using System.Text;

namespace Boutique.CatalogBaseline;

/// <summary>
/// The product ID strings the API writes. <c>relay</c> (default) is the toolkit's global ID,
/// <c>GraphQL.Relay.GlobalId.Encode("Product", id)</c> = base64 of <c>Product:&lt;uuid D&gt;</c>, which
/// Boutique.Graph moves to on branch catalog2; <c>legacy</c> is its format before that,
/// <c>Boutique.Graph/Nodes/GlobalId.cs</c> = base64url of <c>Product:&lt;uuid N&gt;</c>. bench/catalog.sh
/// picks the one the API under test answers with, so the two responses can be compared byte for byte.
/// </summary>
internal sealed class ProductIds(bool legacy)
{
    public static ProductIds FromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relay" => new ProductIds(legacy: false),
        "legacy" => new ProductIds(legacy: true),
        var other => throw new InvalidOperationException($"BASELINE_ID_FORMAT is \"{other}\"; use relay or legacy."),
    };

    public string Format(Guid id) => legacy
        ? Base64Url.EncodeToString(Encoding.UTF8.GetBytes("Product:" + id.ToString("N")))
        : GraphQL.Relay.GlobalId.Encode("Product", id);
}
