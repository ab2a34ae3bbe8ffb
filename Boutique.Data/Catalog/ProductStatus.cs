namespace Boutique.Data.Catalog;

/// <summary>Draft → PendingApproval → Published → Archived. Only Published products are visible to shoppers.</summary>
public enum ProductStatus
{
    Draft,
    PendingApproval,
    Published,
    Archived,
}
