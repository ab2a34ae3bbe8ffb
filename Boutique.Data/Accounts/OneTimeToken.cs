using Boutique.Data.Common;

namespace Boutique.Data.Accounts;

/// <summary>A token mailed to a person (verify email, reset password); stored hashed, usable once, expiring.</summary>
public sealed class OneTimeToken
{
    private OneTimeToken()
    {
    }

    public OneTimeToken(Guid userId, OneTimeTokenPurpose purpose, string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Purpose = purpose;
        TokenHash = tokenHash;
        ExpiresAt = expiresAt;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public User? User { get; private set; }
    public OneTimeTokenPurpose Purpose { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public void Use(DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            throw new DomainException("This link has already been used. Ask for a new one.");
        }

        if (ExpiresAt <= now)
        {
            throw new DomainException("This link has expired. Ask for a new one.");
        }

        UsedAt = now;
    }
}
