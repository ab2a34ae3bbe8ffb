using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>The definitions of an SDL document grouped by what they define: types with their extensions, directives, the schema.</summary>
internal sealed class SdlDefinitions
{
    public SchemaDefinitionNode? Schema { get; private set; }
    public List<SchemaExtensionNode> SchemaExtensions { get; } = new();
    public List<TypeDefinitionNode> Types { get; } = new();
    public Dictionary<string, TypeDefinitionNode> TypesByName { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<TypeExtensionNode>> Extensions { get; } = new(StringComparer.Ordinal);
    public List<DirectiveDefinitionNode> Directives { get; } = new();

    public bool HasSchemaDefinition => Schema is not null;

    public static SdlDefinitions Collect(DocumentNode document)
    {
        var result = new SdlDefinitions();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    result.Schema ??= schema;
                    break;
                case SchemaExtensionNode extension:
                    result.SchemaExtensions.Add(extension);
                    break;
                case TypeDefinitionNode type:
                    if (!result.TypesByName.ContainsKey(type.Name.Value))
                    {
                        result.Types.Add(type);
                        result.TypesByName.Add(type.Name.Value, type);
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!result.Extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = new List<TypeExtensionNode>();
                        result.Extensions.Add(extension.Name.Value, list);
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    result.Directives.Add(directive);
                    break;
            }
        }

        return result;
    }

    public IReadOnlyList<TypeExtensionNode> ExtensionsOf(string name) =>
        Extensions.TryGetValue(name, out var list) ? list : (IReadOnlyList<TypeExtensionNode>)Array.Empty<TypeExtensionNode>();

    /// <summary>The root type named for <paramref name="operation"/> by the schema definition or its extensions.</summary>
    public string? RootTypeName(OperationType operation)
    {
        if (Schema is not null)
        {
            foreach (var op in Schema.OperationTypes)
            {
                if (op.Operation == operation) return op.Type.Name.Value;
            }
        }

        foreach (var extension in SchemaExtensions)
        {
            foreach (var op in extension.OperationTypes)
            {
                if (op.Operation == operation) return op.Type.Name.Value;
            }
        }

        return null;
    }

    public IReadOnlyList<DirectiveNode> SchemaDirectives()
    {
        var list = new List<DirectiveNode>();
        if (Schema is not null) list.AddRange(Schema.Directives);
        foreach (var extension in SchemaExtensions) list.AddRange(extension.Directives);
        return list;
    }
}
