namespace Boutique.Data.Common;

/// <summary>A postal address, stored as columns of its owner (users' default address, orders' shipping address).</summary>
public sealed record Address
{
    public required string Recipient { get; init; }
    public required string Line1 { get; init; }
    public string? Line2 { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code, e.g. "GB".</summary>
    public required string Country { get; init; }
}
