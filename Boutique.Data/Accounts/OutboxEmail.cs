namespace Boutique.Data.Accounts;

/// <summary>
/// An email waiting to be sent. Written in the same transaction as the change that causes it (so a
/// registration never commits without its verification mail) and delivered later by a sender loop.
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail()
    {
    }

    public OutboxEmail(string to, string subject, string bodyText, string? bodyHtml, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        To = to;
        Subject = subject;
        BodyText = bodyText;
        BodyHtml = bodyHtml;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string BodyText { get; private set; } = "";
    public string? BodyHtml { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        LastError = null;
    }

    public void MarkFailed(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
    }
}
