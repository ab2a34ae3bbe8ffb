using System.Collections.Generic;
using GraphQL.Validation.Rules;

namespace GraphQL.Validation;

/// <summary>
/// The rules of spec §5 for executable documents, in graphql-js's <c>specifiedRules</c> order (which decides
/// the order of errors found at the same node). <see cref="KnownOperationTypesRule"/> sits where graphql-js 17
/// puts it; <see cref="OneOfInputObjectsRule"/> right after <see cref="ValuesOfCorrectTypeRule"/>, whose
/// OneOf checks it holds.
/// </summary>
internal static class SpecifiedRules
{
    public static readonly IReadOnlyList<ValidationRuleFactory> All = new ValidationRuleFactory[]
    {
        c => new ExecutableDefinitionsRule(c),
        c => new KnownOperationTypesRule(c),
        c => new UniqueOperationNamesRule(c),
        c => new LoneAnonymousOperationRule(c),
        c => new SingleFieldSubscriptionsRule(c),
        c => new KnownTypeNamesRule(c),
        c => new FragmentsOnCompositeTypesRule(c),
        c => new VariablesAreInputTypesRule(c),
        c => new ScalarLeafsRule(c),
        c => new FieldsOnCorrectTypeRule(c),
        c => new UniqueFragmentNamesRule(c),
        c => new KnownFragmentNamesRule(c),
        c => new NoUnusedFragmentsRule(c),
        c => new PossibleFragmentSpreadsRule(c),
        c => new NoFragmentCyclesRule(c),
        c => new UniqueVariableNamesRule(c),
        c => new NoUndefinedVariablesRule(c),
        c => new NoUnusedVariablesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new KnownArgumentNamesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new ValuesOfCorrectTypeRule(c),
        c => new OneOfInputObjectsRule(c),
        c => new ProvidedRequiredArgumentsRule(c),
        c => new VariablesInAllowedPositionRule(c),
        c => new OverlappingFieldsCanBeMergedRule(c),
        c => new UniqueInputFieldNamesRule(c),
    };

    /// <summary>
    /// <see cref="All"/> followed by the protective rules that are not part of spec §5 (graphql-js's
    /// <c>recommendedRules</c>): <see cref="MaxIntrospectionDepthRule"/>. The request pipeline runs these.
    /// </summary>
    public static readonly IReadOnlyList<ValidationRuleFactory> WithRecommended = Append(All, c => new MaxIntrospectionDepthRule(c));

    private static ValidationRuleFactory[] Append(IReadOnlyList<ValidationRuleFactory> rules, ValidationRuleFactory rule)
    {
        var all = new ValidationRuleFactory[rules.Count + 1];
        for (var i = 0; i < rules.Count; i++) all[i] = rules[i];
        all[rules.Count] = rule;
        return all;
    }
}
