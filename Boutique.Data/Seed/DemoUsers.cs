using Boutique.Data.Accounts;
using Boutique.Data.Common;

namespace Boutique.Data.Seed;

internal sealed record DemoUser(string Email, string Password, string FullName, UserRole Role, Address? Address);

internal static class DemoUsers
{
    public static IReadOnlyList<DemoUser> From(SeedOptions options) =>
    [
        new(options.AdminEmail, options.AdminPassword, "Amara Okafor", UserRole.Admin, null),
        new(options.EditorEmail, options.EditorPassword, "Priya Raman", UserRole.Editor, null),
        new(options.ApproverEmail, options.ApproverPassword, "Sofia Marin", UserRole.Approver, null),
        new(options.CustomerEmail, options.CustomerPassword, "Hannah Reid", UserRole.Customer, new Address
        {
            Recipient = "Hannah Reid",
            Line1 = "14 Orchard Lane",
            City = "Bath",
            Region = "Somerset",
            PostalCode = "BA1 1AA",
            Country = "GB",
        }),
    ];
}
