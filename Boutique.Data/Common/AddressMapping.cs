using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Boutique.Data.Common;

internal static class AddressMapping
{
    /// <summary>Maps an owned <see cref="Address"/> to columns named prefix_recipient, prefix_line1, ...</summary>
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, Address> address, string prefix) where TOwner : class
    {
        address.Property(a => a.Recipient).HasColumnName($"{prefix}_recipient").HasMaxLength(200);
        address.Property(a => a.Line1).HasColumnName($"{prefix}_line1").HasMaxLength(200);
        address.Property(a => a.Line2).HasColumnName($"{prefix}_line2").HasMaxLength(200);
        address.Property(a => a.City).HasColumnName($"{prefix}_city").HasMaxLength(100);
        address.Property(a => a.Region).HasColumnName($"{prefix}_region").HasMaxLength(100);
        address.Property(a => a.PostalCode).HasColumnName($"{prefix}_postal_code").HasMaxLength(20);
        address.Property(a => a.Country).HasColumnName($"{prefix}_country").HasMaxLength(2).IsFixedLength();
    }
}
