namespace GraphQL.Execution;

/// <summary>
/// Limits and behaviour of the executor, set with <c>builder.ModifyOptions(o => ...)</c>.
/// The defaults suit a public API: deep or expensive operations are rejected before any resolver runs.
/// </summary>
public sealed class GraphQLExecutionOptions
{
    /// <summary>Deepest field nesting allowed (the root fields are depth 1); null disables the check.</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost allowed (see <see cref="DefaultListMultiplier"/>); null disables the check.</summary>
    public int? MaxCost { get; set; } = 10_000;

    /// <summary>Most field selections allowed in one operation (fragments expanded); null disables the check.</summary>
    public int? MaxFieldsPerRequest { get; set; } = 2_000;

    /// <summary>
    /// The factor a list field multiplies the cost of its selection by when it has no
    /// <c>first</c>, <c>last</c> or <c>take</c> argument.
    /// </summary>
    public int DefaultListMultiplier { get; set; } = 10;

    /// <summary>How long an operation may run; subscriptions are not limited. Null disables the timeout.</summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Allows the <c>__schema</c> and <c>__type</c> meta fields (spec §4.1); <c>__typename</c> is always allowed.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// Rejects introspection queries that nest <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> or
    /// <c>inputFields</c> three deep ("Maximum introspection depth exceeded"): not a spec §5 rule but
    /// graphql-js's recommended protection, since such a query costs exponentially in the schema's size.
    /// </summary>
    public bool LimitIntrospectionDepth { get; set; } = true;

    /// <summary>Adds exception messages and stack traces to errors (turn on in Development only).</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>How many parsed and validated documents the document cache keeps.</summary>
    public int DocumentCacheSize { get; set; } = 512;

    /// <summary>
    /// The <see cref="IErrorFilter"/>s added with <c>builder.AddErrorFilter</c>, applied by
    /// <see cref="Processing.ErrorFactory.FromException"/>; null when there are none, so that path costs nothing.
    /// </summary>
    internal ErrorFilterChain? ErrorFilters { get; set; }
}
