namespace Boutique.Data.Accounts;

public enum OneTimeTokenPurpose
{
    EmailVerification,
    PasswordReset,
}
