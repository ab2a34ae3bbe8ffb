namespace GraphQL.CodeFirst;

/// <summary>The conventional names of the root operation types (spec §3.3.1).</summary>
internal static class RootTypeNames
{
    public const string Query = "Query";
    public const string Mutation = "Mutation";
    public const string Subscription = "Subscription";
}
