using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>
/// The document a generated operation sends: the operation and the fragments it uses (transitively, sorted by
/// name), with <c>__typename</c> added to every selection set of abstract type (the client picks the result class
/// by it), printed canonically; and its SHA-256, the persisted-operation id.
/// </summary>
internal static class OperationDocument
{
    public static (string Document, string Hash) Create(
        OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, Schema schema)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        CollectSpreads(operation.SelectionSet, fragments, used);

        var definitions = new List<DefinitionNode>
        {
            new OperationDefinitionNode(
                operation.Operation, operation.Name, operation.VariableDefinitions, operation.Directives,
                AddTypeNames(operation.SelectionSet, schema.GetRootType(operation.Operation)!, schema)),
        };
        foreach (var name in used)
        {
            var fragment = fragments[name];
            var type = schema.GetType(fragment.TypeCondition.Name.Value)!;
            var set = AddTypeNames(fragment.SelectionSet, type, schema);
            if (type.IsAbstractType) set = WithTypeName(set);
            definitions.Add(new FragmentDefinitionNode(fragment.Name, fragment.TypeCondition, fragment.Directives, set));
        }

        var document = Printer.Print(new DocumentNode(definitions));
        return (document, Hash(document));
    }

    /// <summary>Lower-case hexadecimal SHA-256 of the UTF-8 text.</summary>
    public static string Hash(string document)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(document));
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes) builder.Append(b.ToString("x2"));
        return builder.ToString();
    }

    /// <summary>The names of the fragments a selection set spreads, directly or through other fragments.</summary>
    public static void CollectSpreads(SelectionSetNode set, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ISet<string> into)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode { SelectionSet: { } sub }:
                    CollectSpreads(sub, fragments, into);
                    break;
                case InlineFragmentNode inline:
                    CollectSpreads(inline.SelectionSet, fragments, into);
                    break;
                case FragmentSpreadNode spread:
                    if (into.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment))
                    {
                        CollectSpreads(fragment.SelectionSet, fragments, into);
                    }

                    break;
            }
        }
    }

    private static SelectionSetNode AddTypeNames(SelectionSetNode set, NamedType parent, Schema schema)
    {
        var selections = new List<SelectionNode>(set.Selections.Count + 1);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode { SelectionSet: { } sub } field:
                    var definition = parent is ComplexType complex && complex.Fields.TryGetField(field.Name.Value, out var f) ? f : null;
                    var type = definition?.Type.GetNamedType();
                    if (type is null)
                    {
                        selections.Add(field);
                        break;
                    }

                    var rewritten = AddTypeNames(sub, type, schema);
                    if (type.IsAbstractType) rewritten = WithTypeName(rewritten);
                    selections.Add(field.WithSelectionSet(rewritten));
                    break;
                case InlineFragmentNode inline:
                    var condition = inline.TypeCondition is null ? parent : schema.GetType(inline.TypeCondition.Name.Value) ?? parent;
                    selections.Add(new InlineFragmentNode(inline.TypeCondition, inline.Directives, AddTypeNames(inline.SelectionSet, condition, schema)));
                    break;
                default:
                    selections.Add(selection);
                    break;
            }
        }

        return new SelectionSetNode(selections);
    }

    private static SelectionSetNode WithTypeName(SelectionSetNode set)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is FieldNode { Alias: null } field && field.Name.Value == "__typename") return set;
        }

        var selections = new List<SelectionNode>(set.Selections.Count + 1)
        {
            new FieldNode(null, new NameNode("__typename"), Array.Empty<ArgumentNode>(), Array.Empty<DirectiveNode>(), null),
        };
        selections.AddRange(set.Selections);
        return new SelectionSetNode(selections);
    }
}
