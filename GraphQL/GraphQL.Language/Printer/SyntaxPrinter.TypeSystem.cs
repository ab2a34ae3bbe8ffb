using System.Collections.Generic;

namespace GraphQL.Language;

// Spec §3: type system definitions and extensions, laid out as graphql-js prints schemas.
internal sealed partial class SyntaxPrinter
{
    private void WriteTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                WriteDescription(n.Description);
                _builder.Append("schema");
                WriteDirectives(n.Directives);
                WriteSpacedBlock(n.OperationTypes);
                break;
            case SchemaExtensionNode n:
                _builder.Append("extend schema");
                WriteDirectives(n.Directives);
                WriteSpacedBlock(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                _builder.Append(OperationKeyword(n.Operation)).Append(": ").Append(n.Type.Name.Value);
                break;
            case ScalarTypeDefinitionNode n:
                WriteDescription(n.Description);
                WriteHead("scalar", n.Name, n.Directives);
                break;
            case ScalarTypeExtensionNode n:
                WriteHead("extend scalar", n.Name, n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                WriteDescription(n.Description);
                WriteComposite("type", n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case ObjectTypeExtensionNode n:
                WriteComposite("extend type", n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                WriteDescription(n.Description);
                WriteComposite("interface", n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                WriteComposite("extend interface", n.Name, n.Interfaces, n.Directives, n.Fields);
                break;
            case FieldDefinitionNode n:
                WriteFieldDefinition(n);
                break;
            case InputValueDefinitionNode n:
                WriteInputValueDefinition(n);
                break;
            case UnionTypeDefinitionNode n:
                WriteDescription(n.Description);
                WriteHead("union", n.Name, n.Directives);
                WriteUnionMembers(n.Types);
                break;
            case UnionTypeExtensionNode n:
                WriteHead("extend union", n.Name, n.Directives);
                WriteUnionMembers(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                WriteDescription(n.Description);
                WriteHead("enum", n.Name, n.Directives);
                WriteSpacedBlock(n.Values);
                break;
            case EnumTypeExtensionNode n:
                WriteHead("extend enum", n.Name, n.Directives);
                WriteSpacedBlock(n.Values);
                break;
            case EnumValueDefinitionNode n:
                WriteDescription(n.Description);
                _builder.Append(n.Name.Value);
                WriteDirectives(n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                WriteDescription(n.Description);
                WriteHead("input", n.Name, n.Directives);
                WriteSpacedBlock(n.Fields);
                break;
            case InputObjectTypeExtensionNode n:
                WriteHead("extend input", n.Name, n.Directives);
                WriteSpacedBlock(n.Fields);
                break;
            case DirectiveDefinitionNode n:
                WriteDirectiveDefinition(n);
                break;
            default:
                throw new System.NotSupportedException($"Cannot print a node of kind {node.Kind}.");
        }
    }

    /// <summary>A description on its own line above what it describes (spec §3.2).</summary>
    private void WriteDescription(StringValueNode? description)
    {
        if (description is null) return;
        WriteString(description);
        NewLine();
    }

    private void WriteHead(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        _builder.Append(keyword).Append(' ').Append(name.Value);
        WriteDirectives(directives);
    }

    private void WriteComposite(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        _builder.Append(keyword).Append(' ').Append(name.Value);
        if (interfaces.Count > 0)
        {
            _builder.Append(" implements ");
            for (var i = 0; i < interfaces.Count; i++)
            {
                if (i > 0) _builder.Append(" & ");
                _builder.Append(interfaces[i].Name.Value);
            }
        }

        WriteDirectives(directives);
        WriteSpacedBlock(fields);
    }

    private void WriteUnionMembers(IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count == 0) return;
        _builder.Append(" = ");
        for (var i = 0; i < types.Count; i++)
        {
            if (i > 0) _builder.Append(" | ");
            _builder.Append(types[i].Name.Value);
        }
    }

    /// <summary>A block preceded by a space, or nothing when empty.</summary>
    private void WriteSpacedBlock<T>(IReadOnlyList<T> items) where T : SyntaxNode
    {
        if (items.Count == 0) return;
        _builder.Append(' ');
        WriteBlock(items);
    }

    private void WriteFieldDefinition(FieldDefinitionNode node)
    {
        WriteDescription(node.Description);
        _builder.Append(node.Name.Value);
        WriteArgumentDefinitions(node.Arguments);
        _builder.Append(": ");
        Write(node.Type);
        WriteDirectives(node.Directives);
    }

    private void WriteInputValueDefinition(InputValueDefinitionNode node)
    {
        WriteDescription(node.Description);
        _builder.Append(node.Name.Value).Append(": ");
        Write(node.Type);
        if (node.DefaultValue is not null)
        {
            _builder.Append(" = ");
            Write(node.DefaultValue);
        }

        WriteDirectives(node.Directives);
    }

    private void WriteDirectiveDefinition(DirectiveDefinitionNode node)
    {
        WriteDescription(node.Description);
        _builder.Append("directive @").Append(node.Name.Value);
        WriteArgumentDefinitions(node.Arguments);
        if (node.Repeatable) _builder.Append(" repeatable");
        _builder.Append(" on ");
        for (var i = 0; i < node.Locations.Count; i++)
        {
            if (i > 0) _builder.Append(" | ");
            _builder.Append(node.Locations[i].Value);
        }
    }

    /// <summary>Argument definitions inline, or one per line as soon as any of them spans lines (e.g. has a description).</summary>
    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0) return;
        var start = _builder.Length;
        WriteList("(", arguments, ", ", ")");
        if (HasLineBreakSince(start))
        {
            _builder.Length = start;
            WriteIndentedList(arguments);
        }
    }
}
