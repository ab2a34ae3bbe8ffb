using System;
using System.Collections.Generic;
using System.Text;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Fields with the same response name in a selection set, fragments included, can be merged: same field
/// and arguments unless their parents are distinct object types, and never conflicting return types
/// (spec §5.3.2 Field Selection Merging). This is graphql-js's algorithm: each selection set's fields
/// are compared "within" once, and fields and fragments "between" each other, with the pairs already
/// compared memoized so that documents built to explode (fragments spreading fragments) stay polynomial.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = new(SelectionSetComparer.Instance);
    private readonly Dictionary<FieldMap, Dictionary<string, bool>> _comparedFieldsAndFragments = new();
    private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragments = new(StringComparer.Ordinal);

    public OverlappingFieldsCanBeMergedRule(ValidationContext context) : base(context, Kinds(SyntaxKind.SelectionSet)) { }

    public override bool Enter(SyntaxNode node)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(Context.ParentType, (SelectionSetNode)node);

        // (A) Conflicts within the fields of this selection set: the only place fields are compared "within".
        CollectConflictsWithin(conflicts, fieldMap);

        for (var i = 0; i < fragmentNames.Count; i++)
        {
            // (B) Between these fields and each spread fragment, (C) and between the fragments spread together.
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        foreach (var conflict in conflicts)
        {
            var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            ReportError(
                $"Fields \"{conflict.Reason.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. "
                + "Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }

        return true;
    }

    private static string ReasonMessage(ConflictReason reason)
    {
        if (reason.SubReasons is null) return reason.Message!;
        var text = new StringBuilder();
        for (var i = 0; i < reason.SubReasons.Count; i++)
        {
            if (i > 0) text.Append(" and ");
            var sub = reason.SubReasons[i];
            text.Append("subfields \"").Append(sub.ResponseName).Append("\" conflict because ").Append(ReasonMessage(sub));
        }

        return text.ToString();
    }

    // (D, E) Conflicts between a set of fields and a fragment, and the fragments it spreads.
    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        if (!_comparedFieldsAndFragments.TryGetValue(fieldMap, out var compared))
        {
            _comparedFieldsAndFragments.Add(fieldMap, compared = new Dictionary<string, bool>(StringComparer.Ordinal));
        }

        if (PairSeen(compared, fragmentName, mutuallyExclusive)) return;
        compared[fragmentName] = mutuallyExclusive;

        var fragment = Context.GetFragment(fragmentName);
        if (fragment is null) return;
        var (fieldMap2, referenced) = GetReferencedFieldsAndFragmentNames(fragment);

        // Do not compare a fragment's fields with themselves.
        if (ReferenceEquals(fieldMap, fieldMap2)) return;

        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (var name in referenced) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, name);
    }

    // (F, G) Conflicts between two fragments, and the fragments each spreads.
    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2) return;
        var (first, second) = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
        if (!_comparedFragments.TryGetValue(first, out var compared))
        {
            _comparedFragments.Add(first, compared = new Dictionary<string, bool>(StringComparer.Ordinal));
        }

        if (PairSeen(compared, second, mutuallyExclusive)) return;
        compared[second] = mutuallyExclusive;

        var fragment1 = Context.GetFragment(name1);
        var fragment2 = Context.GetFragment(name2);
        if (fragment1 is null || fragment2 is null) return;
        var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);

        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in referenced2) CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name);
        foreach (var name in referenced1) CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name, name2);
    }

    /// <summary>A pair compared as not mutually exclusive covers both cases; one compared as exclusive covers only that case.</summary>
    private static bool PairSeen(Dictionary<string, bool> compared, string key, bool mutuallyExclusive) =>
        compared.TryGetValue(key, out var wasExclusive) && (mutuallyExclusive || !wasExclusive);

    // (H, I, J) Conflicts between the sub-selections of two fields with the same response name.
    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);

        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in fragmentNames2) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name);
        foreach (var name in fragmentNames1) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name);
        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2) CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var responseName in fieldMap.Keys)
        {
            var fields = fieldMap.Fields[responseName];
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    var conflict = FindConflict(false, responseName, fields[i], fields[j]);
                    if (conflict is not null) conflicts.Add(conflict);
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var responseName in fieldMap1.Keys)
        {
            if (!fieldMap2.Fields.TryGetValue(responseName, out var fields2)) continue;
            foreach (var field1 in fieldMap1.Fields[responseName])
            {
                foreach (var field2 in fields2)
                {
                    var conflict = FindConflict(mutuallyExclusive, responseName, field1, field2);
                    if (conflict is not null) conflicts.Add(conflict);
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, NodeAndDef field1, NodeAndDef field2)
    {
        // Fields of two different object types never apply to the same value, so they may differ in name and arguments.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);

        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return Conflict.Leaf(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return Conflict.Leaf(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = field1.Def?.Type;
        var type2 = field2.Def?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Conflict.Leaf(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        }

        if (node1.SelectionSet is null || node2.SelectionSet is null) return null;
        var subConflicts = FindConflictsBetweenSubSelectionSets(
            mutuallyExclusive, type1?.GetNamedType(), node1.SelectionSet, type2?.GetNamedType(), node2.SelectionSet);
        return subConflicts.Count == 0 ? null : Conflict.FromSubConflicts(responseName, subConflicts, node1, node2);
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> args1, IReadOnlyList<ArgumentNode> args2)
    {
        if (args1.Count != args2.Count) return false;
        foreach (var arg1 in args1)
        {
            ArgumentNode? arg2 = null;
            foreach (var candidate in args2)
            {
                if (candidate.Name.Value == arg1.Name.Value) arg2 = candidate;
            }

            if (arg2 is null || ValuePrinter.PrintSorted(arg1.Value) != ValuePrinter.PrintSorted(arg2.Value)) return false;
        }

        return true;
    }

    /// <summary>List and non-null wrappers must match, and leaf types must be the same type; composite types are compared field by field.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType) return true;
        if (type1.IsLeafType || type2.IsLeafType) return !ReferenceEquals(type1, type2);
        return false;
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached)) return cached;
        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames, new HashSet<string>(StringComparer.Ordinal));
        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _cache.Add(selectionSet, result);
        return result;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        _cache.TryGetValue(fragment.SelectionSet, out var cached)
            ? cached
            : GetFieldsAndFragmentNames(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsAndFragmentNames(
        NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames, HashSet<string> seenFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Unlike TypeInfo, no meta fields here: __typename has no definition to compare.
                    var def = parentType is ComplexType complex ? complex.Fields[field.Name.Value] : null;
                    fieldMap.Add(field.ResponseName, new NodeAndDef(parentType, field, def));
                    break;
                case FragmentSpreadNode spread:
                    if (seenFragments.Add(spread.Name.Value)) fragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : Context.Schema.GetType(inline.TypeCondition.Name.Value);
                    CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fieldMap, fragmentNames, seenFragments);
                    break;
            }
        }
    }
}
