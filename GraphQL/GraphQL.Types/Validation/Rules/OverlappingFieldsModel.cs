using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

// The data of OverlappingFieldsCanBeMergedRule (spec §5.3.2), kept apart so the rule reads as the algorithm.

/// <summary>A field selection with the type it was selected on and its definition there (if known).</summary>
internal readonly struct NodeAndDef
{
    public NodeAndDef(NamedType? parentType, FieldNode node, FieldDefinition? def)
    {
        ParentType = parentType;
        Node = node;
        Def = def;
    }

    public NamedType? ParentType { get; }
    public FieldNode Node { get; }
    public FieldDefinition? Def { get; }
}

/// <summary>Response name → the fields selected under it, in order of first appearance. Compared by identity.</summary>
internal sealed class FieldMap
{
    public List<string> Keys { get; } = new();
    public Dictionary<string, List<NodeAndDef>> Fields { get; } = new(StringComparer.Ordinal);

    public void Add(string responseName, NodeAndDef field)
    {
        if (!Fields.TryGetValue(responseName, out var list))
        {
            Fields.Add(responseName, list = new List<NodeAndDef>());
            Keys.Add(responseName);
        }

        list.Add(field);
    }
}

/// <summary>The fields of a selection set (inline fragments flattened) and the names of the fragments it spreads.</summary>
internal readonly struct FieldsAndFragments
{
    public FieldsAndFragments(FieldMap fieldMap, List<string> fragmentNames)
    {
        FieldMap = fieldMap;
        FragmentNames = fragmentNames;
    }

    public FieldMap FieldMap { get; }
    public List<string> FragmentNames { get; }

    public void Deconstruct(out FieldMap fieldMap, out List<string> fragmentNames)
    {
        fieldMap = FieldMap;
        fragmentNames = FragmentNames;
    }
}

/// <summary>Why two fields conflict: a sentence, or the conflicts of their sub-fields.</summary>
internal sealed class ConflictReason
{
    public ConflictReason(string responseName, string? message, List<ConflictReason>? subReasons)
    {
        ResponseName = responseName;
        Message = message;
        SubReasons = subReasons;
    }

    public string ResponseName { get; }
    public string? Message { get; }
    public List<ConflictReason>? SubReasons { get; }
}

/// <summary>A conflict and the fields on each side of it (the reported locations).</summary>
internal sealed class Conflict
{
    private Conflict(ConflictReason reason, List<FieldNode> fields1, List<FieldNode> fields2)
    {
        Reason = reason;
        Fields1 = fields1;
        Fields2 = fields2;
    }

    public ConflictReason Reason { get; }
    public List<FieldNode> Fields1 { get; }
    public List<FieldNode> Fields2 { get; }

    public static Conflict Leaf(string responseName, string message, FieldNode node1, FieldNode node2) =>
        new(new ConflictReason(responseName, message, null), new List<FieldNode> { node1 }, new List<FieldNode> { node2 });

    public static Conflict FromSubConflicts(string responseName, List<Conflict> conflicts, FieldNode node1, FieldNode node2)
    {
        var reasons = new List<ConflictReason>(conflicts.Count);
        var fields1 = new List<FieldNode> { node1 };
        var fields2 = new List<FieldNode> { node2 };
        foreach (var conflict in conflicts)
        {
            reasons.Add(conflict.Reason);
            fields1.AddRange(conflict.Fields1);
            fields2.AddRange(conflict.Fields2);
        }

        return new Conflict(new ConflictReason(responseName, null, reasons), fields1, fields2);
    }
}

/// <summary>Selection sets are cache keys by identity.</summary>
internal sealed class SelectionSetComparer : IEqualityComparer<SelectionSetNode>
{
    public static readonly SelectionSetComparer Instance = new();

    public bool Equals(SelectionSetNode? x, SelectionSetNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(SelectionSetNode obj) => RuntimeHelpers.GetHashCode(obj);
}
