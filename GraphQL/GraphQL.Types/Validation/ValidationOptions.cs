using System.Collections.Generic;

namespace GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> runs.</summary>
public sealed class ValidationOptions
{
    /// <summary>The options used when none are given.</summary>
    internal static readonly ValidationOptions Default = new();

    /// <summary>
    /// Validation stops after this many errors and adds one final "Too many validation errors" error, so a
    /// pathologically invalid document cannot make the server build an unbounded error list. Default 100, as graphql-js.
    /// </summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>
    /// Also runs the protective rules graphql-js recommends beyond spec §5 (<see cref="Rules.MaxIntrospectionDepthRule"/>:
    /// "Maximum introspection depth exceeded"). Off here, so that <see cref="DocumentValidator"/> alone checks
    /// exactly the spec; the request pipeline turns it on (<c>GraphQLExecutionOptions.LimitIntrospectionDepth</c>).
    /// </summary>
    public bool IncludeRecommendedRules { get; set; }

    /// <summary>The rules to run, in order; null runs <see cref="SpecifiedRules.All"/> (plus the recommended ones when asked).</summary>
    internal IReadOnlyList<ValidationRuleFactory>? Rules { get; set; }
}
