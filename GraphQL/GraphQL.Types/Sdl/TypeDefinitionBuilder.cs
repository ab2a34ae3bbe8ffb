using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Turns checked SDL definitions into named types. Every type object is created first and the
/// references between them (fields, interfaces, members) are thunks resolved by name afterwards, so
/// definitions may refer to each other in any order and in cycles. Extensions are merged after the
/// definition, in document order (spec §3.4.3 and the extension sections of §3.5–§3.10).
/// </summary>
internal sealed class TypeDefinitionBuilder
{
    private readonly SdlDefinitions _definitions;
    private readonly SchemaBuilderOptions _options;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);

    public TypeDefinitionBuilder(SdlDefinitions definitions, SchemaBuilderOptions options)
    {
        _definitions = definitions;
        _options = options;
    }

    public List<NamedType> BuildAll()
    {
        var list = new List<NamedType>(_definitions.Types.Count);
        foreach (var definition in _definitions.Types)
        {
            var type = Build(definition);
            _types[type.Name] = type;
            list.Add(type);
        }

        return list;
    }

    public NamedType? TryGet(string name) =>
        _types.TryGetValue(name, out var type) ? type : BuiltInScalars.IsSpecified(name) ? BuiltInScalars.Get(name) : null;

    public List<DirectiveDefinition> BuildDirectives()
    {
        var list = new List<DirectiveDefinition>(_definitions.Directives.Count);
        foreach (var node in _definitions.Directives)
        {
            var locations = DirectiveLocation.None;
            foreach (var name in node.Locations) locations |= DirectiveLocations.Parse(name.Value);
            list.Add(new DirectiveDefinition(node.Name.Value, locations, node.Description?.Value)
            {
                Arguments = BuildArguments(node.Arguments),
                IsRepeatable = node.Repeatable,
                SyntaxNode = node,
            });
        }

        return list;
    }

    private NamedType GetType(string name) =>
        TryGet(name) ?? throw new SchemaException($"Unknown type \"{name}\".");

    private GraphQLType GetType(TypeNode node) => node switch
    {
        NonNullTypeNode nn => GetType(nn.Type) switch
        {
            NamedType named => named.AsNonNull(),
            var other => new NonNullType(other),
        },
        ListTypeNode list => GetType(list.Type) is NamedType n ? n.AsList() : new ListType(GetType(list.Type)),
        NamedTypeNode named => GetType(named.Name.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private NamedType Build(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var extensions = _definitions.ExtensionsOf(name);
        var directives = MergeDirectives(definition.Directives, extensions);
        var description = definition.Description?.Value;

        switch (definition)
        {
            case ScalarTypeDefinitionNode:
                return BuildScalar(definition, name, description, directives);

            case ObjectTypeDefinitionNode obj:
                return new ObjectType(
                    name,
                    () => BuildFields(name, obj.Fields, extensions),
                    () => BuildInterfaces(obj.Interfaces, extensions),
                    description,
                    directives)
                {
                    SyntaxNode = definition,
                };

            case InterfaceTypeDefinitionNode iface:
                return new InterfaceType(
                    name,
                    () => BuildFields(name, iface.Fields, extensions),
                    () => BuildInterfaces(iface.Interfaces, extensions),
                    description,
                    directives)
                {
                    SyntaxNode = definition,
                    ResolveType = _options.TypeResolvers.TryGetValue(name, out var resolveInterface) ? resolveInterface : null,
                };

            case UnionTypeDefinitionNode union:
                return new UnionType(name, () => BuildMembers(union.Types, extensions), description, directives)
                {
                    SyntaxNode = definition,
                    ResolveType = _options.TypeResolvers.TryGetValue(name, out var resolveUnion) ? resolveUnion : null,
                };

            case EnumTypeDefinitionNode enumNode:
                return new EnumType(name, BuildEnumValues(enumNode.Values, extensions), description, directives)
                {
                    SyntaxNode = definition,
                };

            case InputObjectTypeDefinitionNode input:
                return new InputObjectType(name, () => BuildInputFields(input.Fields, extensions), description, directives)
                {
                    SyntaxNode = definition,
                    IsOneOf = HasDirective(directives, "oneOf"),
                };

            default:
                throw new ArgumentOutOfRangeException(nameof(definition), definition.Kind, "Not a type definition.");
        }
    }

    private NamedType BuildScalar(TypeDefinitionNode definition, string name, string? description, IReadOnlyList<DirectiveNode> directives)
    {
        if (BuiltInScalars.IsSpecified(name)) return BuiltInScalars.Get(name)!;
        if (_options.Scalars.TryGetValue(name, out var provided)) return provided;
        if (_options.BindToolkitScalars && BuiltInScalars.Get(name) is { } toolkit) return toolkit;

        var url = StringArgument(FindDirective(directives, "specifiedBy"), "url");
        return new PassThroughScalarType(name, description, url, directives) { SyntaxNode = definition };
    }

    private IEnumerable<FieldDefinition> BuildFields(
        string typeName, IReadOnlyList<FieldDefinitionNode> fields, IReadOnlyList<TypeExtensionNode> extensions)
    {
        var list = new List<FieldDefinition>(fields.Count);
        foreach (var node in fields) list.Add(BuildField(typeName, node));
        foreach (var extension in extensions)
        {
            var extra = extension switch
            {
                ObjectTypeExtensionNode o => o.Fields,
                InterfaceTypeExtensionNode i => i.Fields,
                _ => Array.Empty<FieldDefinitionNode>(),
            };
            foreach (var node in extra) list.Add(BuildField(typeName, node));
        }

        return list;
    }

    private FieldDefinition BuildField(string typeName, FieldDefinitionNode node)
    {
        var name = node.Name.Value;
        return new FieldDefinition(name, GetType(node.Type), node.Description?.Value)
        {
            Arguments = BuildArguments(node.Arguments),
            DeprecationReason = DeprecationReason(node.Directives),
            Directives = node.Directives,
            SyntaxNode = node,
            Resolver = _options.Resolvers.Get(typeName, name),
            PureResolver = _options.PureResolvers.Get(typeName, name),
            SubscribeResolver = _options.SubscribeResolvers.Get(typeName, name),
        };
    }

    private InputValueDefinition[] BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        if (nodes.Count == 0) return Array.Empty<InputValueDefinition>();
        var result = new InputValueDefinition[nodes.Count];
        for (var i = 0; i < result.Length; i++) result[i] = BuildInputValue(nodes[i]);
        return result;
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node) =>
        new(node.Name.Value, GetType(node.Type), node.Description?.Value)
        {
            DefaultValue = node.DefaultValue,
            DeprecationReason = DeprecationReason(node.Directives),
            Directives = node.Directives,
            SyntaxNode = node,
        };

    private IEnumerable<InputValueDefinition> BuildInputFields(
        IReadOnlyList<InputValueDefinitionNode> fields, IReadOnlyList<TypeExtensionNode> extensions)
    {
        var list = new List<InputValueDefinition>(fields.Count);
        foreach (var node in fields) list.Add(BuildInputValue(node));
        foreach (var extension in extensions)
        {
            if (extension is InputObjectTypeExtensionNode input)
            {
                foreach (var node in input.Fields) list.Add(BuildInputValue(node));
            }
        }

        return list;
    }

    private IEnumerable<InterfaceType> BuildInterfaces(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<TypeExtensionNode> extensions)
    {
        var list = new List<InterfaceType>(interfaces.Count);
        void Add(NamedTypeNode node)
        {
            // A non-interface here was reported by the SDL checks; the model can only hold interfaces.
            if (GetType(node.Name.Value) is InterfaceType iface) list.Add(iface);
        }

        foreach (var node in interfaces) Add(node);
        foreach (var extension in extensions)
        {
            var extra = extension switch
            {
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                _ => Array.Empty<NamedTypeNode>(),
            };
            foreach (var node in extra) Add(node);
        }

        return list;
    }

    private IEnumerable<ObjectType> BuildMembers(IReadOnlyList<NamedTypeNode> members, IReadOnlyList<TypeExtensionNode> extensions)
    {
        var list = new List<ObjectType>(members.Count);
        void Add(NamedTypeNode node)
        {
            if (GetType(node.Name.Value) is ObjectType obj) list.Add(obj);
        }

        foreach (var node in members) Add(node);
        foreach (var extension in extensions)
        {
            if (extension is UnionTypeExtensionNode union)
            {
                foreach (var node in union.Types) Add(node);
            }
        }

        return list;
    }

    private static List<EnumValueDefinition> BuildEnumValues(
        IReadOnlyList<EnumValueDefinitionNode> values, IReadOnlyList<TypeExtensionNode> extensions)
    {
        var list = new List<EnumValueDefinition>(values.Count);
        foreach (var node in values) list.Add(BuildEnumValue(node));
        foreach (var extension in extensions)
        {
            if (extension is EnumTypeExtensionNode e)
            {
                foreach (var node in e.Values) list.Add(BuildEnumValue(node));
            }
        }

        return list;
    }

    private static EnumValueDefinition BuildEnumValue(EnumValueDefinitionNode node) =>
        new(node.Name.Value, node.Name.Value, node.Description?.Value)
        {
            DeprecationReason = DeprecationReason(node.Directives),
            Directives = node.Directives,
            SyntaxNode = node,
        };

    private static IReadOnlyList<DirectiveNode> MergeDirectives(
        IReadOnlyList<DirectiveNode> own, IReadOnlyList<TypeExtensionNode> extensions)
    {
        if (extensions.Count == 0) return own;
        var list = new List<DirectiveNode>(own);
        foreach (var extension in extensions) list.AddRange(extension.Directives);
        return list;
    }

    /// <summary>The reason of <c>@deprecated</c> (spec §3.13.3): the default reason when none is given.</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = FindDirective(directives, "deprecated");
        if (deprecated is null) return null;
        foreach (var argument in deprecated.Arguments)
        {
            if (argument.Name.Value == "reason")
            {
                return argument.Value is StringValueNode s ? s.Value : null;
            }
        }

        return BuiltInDirectives.DefaultDeprecationReason;
    }

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (string.Equals(directive.Name.Value, name, StringComparison.Ordinal)) return directive;
        }

        return null;
    }

    private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) => FindDirective(directives, name) is not null;

    private static string? StringArgument(DirectiveNode? directive, string name)
    {
        if (directive is null) return null;
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name && argument.Value is StringValueNode s) return s.Value;
        }

        return null;
    }
}
