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

    /// <summary>The rules to run, in order; null runs <see cref="SpecifiedRules.All"/>.</summary>
    internal IReadOnlyList<ValidationRuleFactory>? Rules { get; set; }
}
