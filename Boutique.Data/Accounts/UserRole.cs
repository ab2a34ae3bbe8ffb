namespace Boutique.Data.Accounts;

/// <summary>What a person may do. Editors write products, approvers publish them, admins do everything.</summary>
public enum UserRole
{
    Customer,
    Editor,
    Approver,
    Admin,
}
