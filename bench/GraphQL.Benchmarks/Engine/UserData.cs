namespace GraphQL.Benchmarks.Engine;

/// <summary>A user of the "users" case; the default resolver reads its properties.</summary>
public sealed class User
{
    public User(string id, string name, string[] friendIds)
    {
        Id = id;
        Name = name;
        FriendIds = friendIds;
    }

    public string Id { get; }
    public string Name { get; }
    public string[] FriendIds { get; }
}

/// <summary>
/// 1,000 users, each with three friends. bench/node/engine.mjs builds the same data with the same
/// formula (<c>u{i}</c>, <c>User {i}</c>, friends <c>(i*7+1) % N</c>, <c>(i*13+2) % N</c>, <c>(i*31+3) % N</c>).
/// </summary>
internal static class UserData
{
    public const int Count = 1000;

    public static readonly User[] Users = Create();

    public static readonly Dictionary<string, User> ById = Users.ToDictionary(u => u.Id, StringComparer.Ordinal);

    private static User[] Create()
    {
        var users = new User[Count];
        for (var i = 0; i < Count; i++)
        {
            users[i] = new User(
                "u" + i,
                "User " + i,
                new[] { "u" + (i * 7 + 1) % Count, "u" + (i * 13 + 2) % Count, "u" + (i * 31 + 3) % Count });
        }

        return users;
    }

    /// <summary>The batch function of the <c>friends</c> DataLoader: one dictionary lookup per key.</summary>
    public static Task<IReadOnlyDictionary<string, User>> FetchByIds(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, User>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++) found[keys[i]] = ById[keys[i]];
        return Task.FromResult<IReadOnlyDictionary<string, User>>(found);
    }
}
