using Microsoft.Extensions.Configuration;

namespace Boutique.Data.Seed;

/// <summary>
/// The staff and demo accounts the seeder creates. Each value can be set by an environment variable
/// (BOUTIQUE_ADMIN_EMAIL, BOUTIQUE_ADMIN_PASSWORD, BOUTIQUE_EDITOR_EMAIL, ...); the defaults are for
/// local development only and are documented in docs/data-model.md.
/// </summary>
public sealed record SeedOptions
{
    public string AdminEmail { get; init; } = "admin@boutique.local";
    public string AdminPassword { get; init; } = "Admin!2345";
    public string EditorEmail { get; init; } = "editor@boutique.local";
    public string EditorPassword { get; init; } = "Editor!2345";
    public string ApproverEmail { get; init; } = "approver@boutique.local";
    public string ApproverPassword { get; init; } = "Approver!2345";
    public string CustomerEmail { get; init; } = "customer@boutique.local";
    public string CustomerPassword { get; init; } = "Customer!2345";

    /// <summary>When false only the accounts are seeded (the catalog is left as it is).</summary>
    public bool SeedCatalog { get; init; } = true;

    public static SeedOptions FromConfiguration(IConfiguration configuration)
    {
        var defaults = new SeedOptions();
        return new SeedOptions
        {
            AdminEmail = Value(configuration, "BOUTIQUE_ADMIN_EMAIL") ?? defaults.AdminEmail,
            AdminPassword = Value(configuration, "BOUTIQUE_ADMIN_PASSWORD") ?? defaults.AdminPassword,
            EditorEmail = Value(configuration, "BOUTIQUE_EDITOR_EMAIL") ?? defaults.EditorEmail,
            EditorPassword = Value(configuration, "BOUTIQUE_EDITOR_PASSWORD") ?? defaults.EditorPassword,
            ApproverEmail = Value(configuration, "BOUTIQUE_APPROVER_EMAIL") ?? defaults.ApproverEmail,
            ApproverPassword = Value(configuration, "BOUTIQUE_APPROVER_PASSWORD") ?? defaults.ApproverPassword,
            CustomerEmail = Value(configuration, "BOUTIQUE_CUSTOMER_EMAIL") ?? defaults.CustomerEmail,
            CustomerPassword = Value(configuration, "BOUTIQUE_CUSTOMER_PASSWORD") ?? defaults.CustomerPassword,
        };
    }

    private static string? Value(IConfiguration configuration, string key)
        => string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();
}
