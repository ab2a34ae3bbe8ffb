namespace Boutique.Data.Chat;

public sealed class ChatMessage
{
    private ChatMessage()
    {
    }

    internal ChatMessage(Guid sessionId, ChatRole role, string content, Guid[] referencedProductIds, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        SessionId = sessionId;
        Role = role;
        Content = content;
        ReferencedProductIds = referencedProductIds;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public ChatRole Role { get; private set; }

    /// <summary>Markdown for assistant replies; tool results are JSON.</summary>
    public string Content { get; private set; } = "";

    /// <summary>Products the message mentions (a uuid[] column: no foreign keys, so deleting a product keeps the history readable).</summary>
    public Guid[] ReferencedProductIds { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
}
