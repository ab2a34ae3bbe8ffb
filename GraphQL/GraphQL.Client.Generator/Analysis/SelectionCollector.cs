using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>A field of a merged selection set: every occurrence's sub-selections, and whether it may be absent.</summary>
internal sealed class CollectedField
{
    public CollectedField(string responseName, FieldNode node, FieldDefinition? definition, bool conditional)
    {
        ResponseName = responseName;
        Node = node;
        Definition = definition;
        Conditional = conditional;
    }

    public string ResponseName { get; }

    public FieldNode Node { get; }

    /// <summary>Null for <c>__typename</c> and the other meta fields.</summary>
    public FieldDefinition? Definition { get; }

    /// <summary>True when every occurrence sits under <c>@skip</c>/<c>@include</c>: the server may leave it out.</summary>
    public bool Conditional { get; set; }

    public List<SelectionSetNode> SubSelections { get; } = new();
}

/// <summary>The fields and unconditionally spread fragments of selection sets merged for one type.</summary>
internal sealed class CollectedSelections
{
    public List<CollectedField> Fields { get; } = new();

    public Dictionary<string, CollectedField> ByName { get; } = new();

    public List<string> Fragments { get; } = new();
}

/// <summary>
/// CollectFields of spec §6.3.2 done statically for one type: merges fields by response name, descends into
/// inline fragments and fragment spreads whose type condition applies to the type (DoesFragmentTypeApply),
/// and remembers which selections are conditional (<c>@skip</c>/<c>@include</c>) instead of evaluating them.
/// </summary>
internal sealed class SelectionCollector
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;

    public SelectionCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        _schema = schema;
        _fragments = fragments;
    }

    public CollectedSelections Collect(NamedType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var result = new CollectedSelections();
        foreach (var set in selectionSets) Collect(type, set, conditional: false, result);
        return result;
    }

    /// <summary>True when a fragment with type condition <paramref name="condition"/> applies to <paramref name="type"/>.</summary>
    public bool Applies(NamedType? condition, NamedType type) =>
        condition is null
        || condition.Name == type.Name
        || (condition.IsAbstractType && _schema.IsSubType(condition, type));

    private void Collect(NamedType type, SelectionSetNode set, bool conditional, CollectedSelections into)
    {
        foreach (var selection in set.Selections)
        {
            var isConditional = conditional || HasConditionalDirective(selection.Directives);
            switch (selection)
            {
                case FieldNode field:
                    if (into.ByName.TryGetValue(field.ResponseName, out var collected))
                    {
                        collected.Conditional &= isConditional;
                    }
                    else
                    {
                        collected = new CollectedField(field.ResponseName, field, FindField(type, field.Name.Value), isConditional);
                        into.ByName.Add(field.ResponseName, collected);
                        into.Fields.Add(collected);
                    }

                    if (field.SelectionSet is not null) collected.SubSelections.Add(field.SelectionSet);
                    break;

                case InlineFragmentNode inline:
                    var condition = inline.TypeCondition is null ? null : _schema.GetType(inline.TypeCondition.Name.Value);
                    if (Applies(condition, type)) Collect(type, inline.SelectionSet, isConditional, into);
                    break;

                case FragmentSpreadNode spread:
                    if (!_fragments.TryGetValue(spread.Name.Value, out var fragment)) break;
                    var fragmentType = _schema.GetType(fragment.TypeCondition.Name.Value);
                    if (fragmentType is null || !Applies(fragmentType, type)) break;
                    if (!isConditional && !into.Fragments.Contains(fragment.Name.Value)) into.Fragments.Add(fragment.Name.Value);
                    Collect(type, fragment.SelectionSet, isConditional, into);
                    break;
            }
        }
    }

    private static FieldDefinition? FindField(NamedType type, string name) =>
        type is ComplexType complex && complex.Fields.TryGetField(name, out var field) ? field : null;

    private static bool HasConditionalDirective(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is "skip" or "include") return true;
        }

        return false;
    }
}
