namespace GraphQL.Data;

/// <summary>How resolvers get a <c>DbContext</c> registered with <c>RegisterDbContext&lt;T&gt;</c>.</summary>
public enum DbContextKind
{
    /// <summary>
    /// Each field whose resolver takes the context gets its own instance from
    /// <c>IDbContextFactory&lt;T&gt;</c> (pooled when registered with <c>AddPooledDbContextFactory</c>),
    /// disposed once the field's value is materialised: sibling root fields run concurrently, and
    /// EF Core forbids two operations at once on one context.
    /// </summary>
    Pooled,
}
