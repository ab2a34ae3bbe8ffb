using System;
using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Every variable usage is allowed where it appears: its type is compatible with the expected type, and a
/// variable given to a field of a OneOf input object is non-null (spec §5.8.5 All Variable Usages Are Allowed).
/// </summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public VariablesInAllowedPositionRule(ValidationContext context)
        : base(context, Kinds(SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition), Kinds(SyntaxKind.OperationDefinition)) { }

    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition) _definitions[definition.Variable.Name.Value] = definition;
        else _definitions.Clear();
        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        var schema = Context.Schema;
        foreach (var usage in Context.GetRecursiveVariableUsages((OperationDefinitionNode)node))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is null || !_definitions.TryGetValue(name, out var definition)) continue;

            var variableType = TypeInfo.TypeFromAst(schema, definition.Type);
            if (variableType is not null && !IsAllowed(schema, variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                    definition,
                    usage.Node);
            }

            // §5.8.5 IsNonNullPosition: a field of a OneOf input object is a non-null position, where a
            // nullable variable is allowed only with a non-null default value. graphql-js 16 rejects every
            // nullable variable there, default or not (tests/conformance/known-differences.json).
            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not null && !variableType.IsNonNull
                && definition.DefaultValue is null or NullValueNode)
            {
                ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    /// <summary>
    /// A nullable variable may flow into a non-null position only when the variable or the location has a
    /// default value (spec §5.8.5 IsVariableUsageAllowed); otherwise its type must be a sub type of the location's.
    /// </summary>
    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefault is null) return false;
            return IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return IsTypeSubTypeOf(schema, variableType, locationType);
    }

    /// <summary>graphql-js <c>isTypeSubTypeOf</c>: equal, more strictly non-null, or an object/interface implementing the abstract super type.</summary>
    internal static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType) || GraphQLType.AreEqual(maybeSubType, superType)) return true;
            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull) return false;
                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList) return false;
                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }

            if (maybeSubType is ListType) return false;

            return superType is NamedType superNamed && superNamed.IsAbstractType && maybeSubType is NamedType subNamed
                && subNamed.Kind is TypeKind.Object or TypeKind.Interface && schema.IsSubType(superNamed, subNamed);
        }
    }
}
