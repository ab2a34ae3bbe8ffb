using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every selected field is defined on the parent type, or is a meta field such as <c>__typename</c>
/// (spec §5.3.1 Field Selections). Suggests inline fragments on types that have the field, else similar names.
/// </summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public FieldsOnCorrectTypeRule(ValidationContext context) : base(context, Kinds(SyntaxKind.Field)) { }

    public override bool Enter(SyntaxNode node)
    {
        var parentType = Context.ParentType;
        if (parentType is null || Context.FieldDef is not null) return true;

        var fieldName = ((FieldNode)node).Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(parentType, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = parentType is ComplexType complex
                ? Suggestions.DidYouMean(Suggestions.List(fieldName, FieldNames(complex)))
                : string.Empty;
        }

        ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, node);
        return true;
    }

    /// <summary>
    /// The possible types of an abstract type, and the interfaces they implement, that define the field:
    /// most common first, then super types before sub types, then by name.
    /// </summary>
    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        var result = new List<string>();
        if (!type.IsAbstractType) return result;

        var schema = Context.Schema;
        var suggested = new List<ComplexType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.Fields[fieldName] is null) continue;
            if (!usageCount.ContainsKey(possibleType.Name)) suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var iface in possibleType.Interfaces)
            {
                if (iface.Fields[fieldName] is null) continue;
                if (!usageCount.TryGetValue(iface.Name, out var count)) suggested.Add(iface);
                usageCount[iface.Name] = count + 1;
            }
        }

        // The comparator is not a total order: sort as graphql-js (V8) does to get the same result.
        JsArraySort.Sort(suggested, Compare);
        foreach (var t in suggested) result.Add(t.Name);
        return result;

        int Compare(ComplexType a, ComplexType b)
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0) return diff;
            if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
            if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
            return Suggestions.NaturalCompare(a.Name, b.Name);
        }
    }

    private static IEnumerable<string> FieldNames(ComplexType type)
    {
        foreach (var field in type.Fields) yield return field.Name;
    }
}
