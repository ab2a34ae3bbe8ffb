using GraphQL.Types;

namespace GraphQL.PeerServer;

/// <summary>
/// The fixed benchmark schema shared with the Node peers: 100 users with ids "0".."99", names <c>user&lt;i&gt;</c>,
/// each befriending the first three users.
/// </summary>
internal static class BenchmarkSchema
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          users(first: Int = 10): [User!]!
        }

        type User {
          id: ID!
          name: String!
          friends: [User!]!
        }
        """;

    private static readonly User[] Users = CreateUsers();

    public static Schema Create()
    {
        var options = new SchemaBuilderOptions();
        options.PureResolvers["Query"]["hello"] = ctx => "Hello, " + ctx.ArgumentValue<string>("name") + "!";
        options.PureResolvers["Query"]["users"] = ctx =>
        {
            var first = Math.Clamp(ctx.ArgumentValue<int>("first"), 0, Users.Length);
            return new ArraySegment<User>(Users, 0, first);
        };
        options.PureResolvers["User"]["id"] = ctx => ctx.GetParent<User>().Id;
        options.PureResolvers["User"]["name"] = ctx => ctx.GetParent<User>().Name;
        options.PureResolvers["User"]["friends"] = ctx => ctx.GetParent<User>().Friends;
        return SchemaBuilder.FromSdl(Sdl, options);
    }

    private static User[] CreateUsers()
    {
        var users = new User[100];
        for (var i = 0; i < users.Length; i++) users[i] = new User(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "user" + i);
        var friends = new[] { users[0], users[1], users[2] };
        foreach (var user in users) user.Friends = friends;
        return users;
    }

    private sealed class User
    {
        public User(string id, string name)
        {
            Id = id;
            Name = name;
        }

        public string Id { get; }
        public string Name { get; }
        public User[] Friends { get; set; } = Array.Empty<User>();
    }
}
