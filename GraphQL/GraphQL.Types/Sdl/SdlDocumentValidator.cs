using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// The checks graphql-js runs on an SDL document before building a schema from it (its
/// <c>specifiedSDLRules</c>): one schema definition, unique operation types, type, field, enum value,
/// argument and directive names, known types and directives, directives in allowed locations and not
/// repeated, directive arguments known and required ones given, extensions of defined types of the
/// same kind. Also the two kind checks the model cannot represent once built: implemented types
/// must be interfaces and union members must be object types.
/// </summary>
internal static class SdlDocumentValidator
{
    /// <summary>The schema definition and its extensions are one location; no type can have this name.</summary>
    private const string SchemaLocation = "@schema";

    public static List<string> Validate(DocumentNode document)
    {
        var errors = new List<string>();
        var types = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        var directives = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
        var schemaDefinitions = 0;

        // Definitions first, so that names used before their definition are known.
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode:
                    if (++schemaDefinitions > 1) errors.Add("Must provide only one schema definition.");
                    break;
                case TypeDefinitionNode type:
                    if (types.ContainsKey(type.Name.Value))
                    {
                        errors.Add($"There can be only one type named \"{type.Name.Value}\".");
                    }
                    else
                    {
                        types.Add(type.Name.Value, type);
                    }

                    break;
                case DirectiveDefinitionNode directive:
                    if (directives.ContainsKey(directive.Name.Value))
                    {
                        errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".");
                    }
                    else
                    {
                        directives.Add(directive.Name.Value, directive);
                    }

                    break;
            }
        }

        var context = new SdlValidationContext(types, directives, errors);
        var operationTypes = new HashSet<OperationType>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    CheckOperationTypes(schema.OperationTypes, operationTypes, context);
                    context.CheckDirectives(schema.Directives, DirectiveLocation.Schema, context.TypeLocation(SchemaLocation));
                    break;
                case SchemaExtensionNode extension:
                    CheckOperationTypes(extension.OperationTypes, operationTypes, context);
                    context.CheckDirectives(extension.Directives, DirectiveLocation.Schema, context.TypeLocation(SchemaLocation));
                    break;
                case TypeDefinitionNode type:
                    CheckType(type, type.Name.Value, type.Directives, context);
                    break;
                case TypeExtensionNode extension:
                    CheckExtension(extension, context);
                    break;
                case DirectiveDefinitionNode directive:
                    CheckArgumentDefinitions("@" + directive.Name.Value, directive.Arguments, context);
                    foreach (var location in directive.Locations)
                    {
                        if (DirectiveLocations.Parse(location.Value) == DirectiveLocation.None)
                        {
                            errors.Add($"Unexpected Name \"{location.Value}\".");
                        }
                    }

                    break;
            }
        }

        return errors;
    }

    private static void CheckOperationTypes(
        IReadOnlyList<OperationTypeDefinitionNode> operations, HashSet<OperationType> seen, SdlValidationContext context)
    {
        foreach (var operation in operations)
        {
            if (!seen.Add(operation.Operation))
            {
                context.Errors.Add($"There can be only one {operation.Operation.ToString().ToLowerInvariant()} type in schema.");
            }

            context.CheckTypeReference(operation.Type);
        }
    }

    private static void CheckExtension(TypeExtensionNode extension, SdlValidationContext context)
    {
        var name = extension.Name.Value;
        if (!context.Types.TryGetValue(name, out var definition) && !BuiltInScalars.IsSpecified(name))
        {
            context.Errors.Add($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(name, context.Types.Keys));
            return;
        }

        var expected = ExtendedKind(extension);
        var actual = definition?.Kind ?? SyntaxKind.ScalarTypeDefinition;
        if (expected != actual)
        {
            context.Errors.Add($"Cannot extend non-{KindName(expected)} type \"{name}\".");
            return;
        }

        CheckType(extension, name, extension.Directives, context);
    }

    private static void CheckType(SyntaxNode node, string typeName, IReadOnlyList<DirectiveNode> directives, SdlValidationContext context)
    {
        switch (node)
        {
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                context.CheckDirectives(directives, DirectiveLocation.Scalar, context.TypeLocation(typeName));
                break;
            case ObjectTypeDefinitionNode o:
                CheckComplex(typeName, o.Interfaces, o.Fields, directives, DirectiveLocation.Object, context);
                break;
            case ObjectTypeExtensionNode o:
                CheckComplex(typeName, o.Interfaces, o.Fields, directives, DirectiveLocation.Object, context);
                break;
            case InterfaceTypeDefinitionNode i:
                CheckComplex(typeName, i.Interfaces, i.Fields, directives, DirectiveLocation.Interface, context);
                break;
            case InterfaceTypeExtensionNode i:
                CheckComplex(typeName, i.Interfaces, i.Fields, directives, DirectiveLocation.Interface, context);
                break;
            case UnionTypeDefinitionNode u:
                CheckUnion(typeName, u.Types, directives, context);
                break;
            case UnionTypeExtensionNode u:
                CheckUnion(typeName, u.Types, directives, context);
                break;
            case EnumTypeDefinitionNode e:
                CheckEnum(typeName, e.Values, directives, context);
                break;
            case EnumTypeExtensionNode e:
                CheckEnum(typeName, e.Values, directives, context);
                break;
            case InputObjectTypeDefinitionNode input:
                CheckInput(typeName, input.Fields, directives, context);
                break;
            case InputObjectTypeExtensionNode input:
                CheckInput(typeName, input.Fields, directives, context);
                break;
        }
    }

    private static void CheckComplex(
        string typeName, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields,
        IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, SdlValidationContext context)
    {
        context.CheckDirectives(directives, location, context.TypeLocation(typeName));
        foreach (var iface in interfaces)
        {
            if (!context.CheckTypeReference(iface)) continue;
            if (context.Types.TryGetValue(iface.Name.Value, out var definition) && definition is not InterfaceTypeDefinitionNode
                || BuiltInScalars.IsSpecified(iface.Name.Value))
            {
                context.Errors.Add($"Type {typeName} must only implement Interface types, it cannot implement {iface.Name.Value}.");
            }
        }

        foreach (var field in fields)
        {
            if (!context.Member(typeName, field.Name.Value))
            {
                context.Errors.Add($"Field \"{typeName}.{field.Name.Value}\" can only be defined once.");
            }

            CheckArgumentDefinitions(typeName + "." + field.Name.Value, field.Arguments, context);
            context.CheckTypeReference(field.Type.NamedType);
            context.CheckDirectives(field.Directives, DirectiveLocation.FieldDefinition, context.NewLocation());
        }
    }

    private static void CheckUnion(string typeName, IReadOnlyList<NamedTypeNode> members, IReadOnlyList<DirectiveNode> directives, SdlValidationContext context)
    {
        context.CheckDirectives(directives, DirectiveLocation.Union, context.TypeLocation(typeName));
        foreach (var member in members)
        {
            if (!context.CheckTypeReference(member)) continue;
            if (context.Types.TryGetValue(member.Name.Value, out var definition) && definition is not ObjectTypeDefinitionNode
                || BuiltInScalars.IsSpecified(member.Name.Value))
            {
                context.Errors.Add($"Union type {typeName} can only include Object types, it cannot include {member.Name.Value}.");
            }
        }
    }

    private static void CheckEnum(string typeName, IReadOnlyList<EnumValueDefinitionNode> values, IReadOnlyList<DirectiveNode> directives, SdlValidationContext context)
    {
        context.CheckDirectives(directives, DirectiveLocation.Enum, context.TypeLocation(typeName));
        foreach (var value in values)
        {
            var name = value.Name.Value;
            if (name is "true" or "false" or "null")
            {
                context.Errors.Add($"Enum values cannot be named: {name}");
            }

            if (!context.Member(typeName, name))
            {
                context.Errors.Add($"Enum value \"{typeName}.{name}\" can only be defined once.");
            }

            context.CheckDirectives(value.Directives, DirectiveLocation.EnumValue, context.NewLocation());
        }
    }

    private static void CheckInput(string typeName, IReadOnlyList<InputValueDefinitionNode> fields, IReadOnlyList<DirectiveNode> directives, SdlValidationContext context)
    {
        context.CheckDirectives(directives, DirectiveLocation.InputObject, context.TypeLocation(typeName));
        foreach (var field in fields)
        {
            if (!context.Member(typeName, field.Name.Value))
            {
                context.Errors.Add($"Field \"{typeName}.{field.Name.Value}\" can only be defined once.");
            }

            context.CheckTypeReference(field.Type.NamedType);
            context.CheckDirectives(field.Directives, DirectiveLocation.InputFieldDefinition, context.NewLocation());
        }
    }

    private static void CheckArgumentDefinitions(string owner, IReadOnlyList<InputValueDefinitionNode> arguments, SdlValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!seen.Add(argument.Name.Value))
            {
                context.Errors.Add($"Argument \"{owner}({argument.Name.Value}:)\" can only be defined once.");
            }

            context.CheckTypeReference(argument.Type.NamedType);
            context.CheckDirectives(argument.Directives, DirectiveLocation.ArgumentDefinition, context.NewLocation());
        }
    }

    private static SyntaxKind ExtendedKind(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => SyntaxKind.ScalarTypeDefinition,
        ObjectTypeExtensionNode => SyntaxKind.ObjectTypeDefinition,
        InterfaceTypeExtensionNode => SyntaxKind.InterfaceTypeDefinition,
        UnionTypeExtensionNode => SyntaxKind.UnionTypeDefinition,
        EnumTypeExtensionNode => SyntaxKind.EnumTypeDefinition,
        _ => SyntaxKind.InputObjectTypeDefinition,
    };

    private static string KindName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ScalarTypeDefinition => "scalar",
        SyntaxKind.ObjectTypeDefinition => "object",
        SyntaxKind.InterfaceTypeDefinition => "interface",
        SyntaxKind.UnionTypeDefinition => "union",
        SyntaxKind.EnumTypeDefinition => "enum",
        _ => "input object",
    };
}
