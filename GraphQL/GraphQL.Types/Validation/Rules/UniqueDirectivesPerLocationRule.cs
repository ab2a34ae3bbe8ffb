using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A non-repeatable directive is used at most once at each location
/// (spec §5.7.3 Directives Are Unique per Location).
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private static readonly ulong NodesWithDirectives = Kinds(
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeExtension,
        SyntaxKind.FieldDefinition, SyntaxKind.InputValueDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeDefinition, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumTypeExtension,
        SyntaxKind.EnumValueDefinition, SyntaxKind.InputObjectTypeDefinition, SyntaxKind.InputObjectTypeExtension);

    private Dictionary<string, bool>? _unique;
    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

    public UniqueDirectivesPerLocationRule(ValidationContext context) : base(context, NodesWithDirectives) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives) return true;
        var directives = withDirectives.Directives;
        if (directives.Count == 1 && node is not (TypeDefinitionNode or TypeExtensionNode or SchemaDefinitionNode or SchemaExtensionNode))
        {
            return true;
        }

        Dictionary<string, DirectiveNode> seen;
        if (node.Kind is SyntaxKind.SchemaDefinition or SyntaxKind.SchemaExtension)
        {
            seen = _schemaDirectives ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }
        else if (node is TypeDefinitionNode or TypeExtensionNode)
        {
            // Directives of a type and of its extensions count together.
            var typeName = ((INamedSyntaxNode)node).Name.Value;
            _typeDirectives ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
            if (!_typeDirectives.TryGetValue(typeName, out seen!))
            {
                _typeDirectives.Add(typeName, seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal));
            }
        }
        else
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        var unique = Unique();
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!unique.TryGetValue(name, out var isUnique) || !isUnique) continue;
            if (seen.TryGetValue(name, out var first))
            {
                ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen.Add(name, directive);
            }
        }

        return true;
    }

    private Dictionary<string, bool> Unique()
    {
        if (_unique is not null) return _unique;
        _unique = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var directive in Context.Schema.Directives) _unique[directive.Name] = !directive.IsRepeatable;
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive) _unique[directive.Name.Value] = !directive.Repeatable;
        }

        return _unique;
    }
}
