namespace GraphQL;

/// <summary>
/// Keys of <c>Features</c> entries the code-first builder sets on fields and arguments, for the
/// layers above (data middleware, global IDs, topics).
/// </summary>
public static class CodeFirstFeatures
{
    /// <summary>The .NET <see cref="System.Reflection.MemberInfo"/> a field was made from.</summary>
    public const string Member = "GraphQL.CodeFirst.Member";

    /// <summary>The <see cref="IDAttribute"/> of an ID field or argument: where global-ID encoding hooks in.</summary>
    public const string Id = "GraphQL.CodeFirst.ID";

    /// <summary>The topic (or topic format) a subscription field listens to.</summary>
    public const string Topic = "GraphQL.CodeFirst.Topic";
}
