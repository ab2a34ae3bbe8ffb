using Boutique.Data.Common;

namespace Boutique.Data.Chat;

/// <summary>A conversation with the shop assistant, owned by a user or by a guest token (exactly one).</summary>
public sealed class ChatSession
{
    private readonly List<ChatMessage> _messages = [];

    private ChatSession()
    {
    }

    private ChatSession(Guid? userId, string? guestToken, string? title, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        GuestToken = guestToken;
        Title = title;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid? UserId { get; private set; }
    public string? GuestToken { get; private set; }
    public string? Title { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<ChatMessage> Messages => _messages;

    public static ChatSession ForUser(Guid userId, string? title, DateTimeOffset now) => new(userId, null, title, now);

    public static ChatSession ForGuest(string guestToken, string? title, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(guestToken))
        {
            throw new DomainException("A guest chat needs a guest token.");
        }

        return new ChatSession(null, guestToken, title, now);
    }

    public ChatMessage AddMessage(ChatRole role, string content, IEnumerable<Guid>? referencedProductIds, DateTimeOffset now)
    {
        var message = new ChatMessage(Id, role, content, referencedProductIds?.Distinct().ToArray() ?? [], now);
        _messages.Add(message);
        Title ??= role == ChatRole.User ? Shorten(content) : null;
        UpdatedAt = now;
        return message;
    }

    public void Rename(string title, DateTimeOffset now)
    {
        Title = Shorten(title);
        UpdatedAt = now;
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 80 ? line : line[..77] + "...";
    }
}
