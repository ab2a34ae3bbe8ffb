using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Benchmarks.Engine;

/// <summary>The executable schemas of the engine cases, built from SDL with resolvers (the public API).</summary>
internal static class BenchSchemas
{
    /// <summary>
    /// <c>hello</c> (a pure resolver), <c>users(first)</c> (a slice of <see cref="UserData.Users"/>) and
    /// <c>User.friends</c> through a batching DataLoader; every other field uses the default resolver.
    /// </summary>
    public static Schema Small()
    {
        var options = new SchemaBuilderOptions();
        options.PureResolvers["Query"]["hello"] = static _ => "world";
        options.PureResolvers["Query"]["users"] = static c => new ArraySegment<User>(UserData.Users, 0, Math.Min(c.ArgumentValue<int>("first"), UserData.Count));
        options.Resolvers["User"]["friends"] = static async c =>
            await c.BatchDataLoader<string, User>(UserData.FetchByIds, "userById")
                .LoadAsync(c.GetParent<User>().FriendIds, c.RequestAborted)
                .ConfigureAwait(false);
        return SchemaBuilder.FromSdl(BenchResources.Schema("small"), options);
    }

    /// <summary>The storefront schema of the introspection case; no resolvers (only introspection runs).</summary>
    public static Schema Medium() => SchemaBuilder.FromSdl(BenchResources.Schema("medium"));
}
