using System;
using System.Collections.Generic;

namespace GraphQL.Types;

/// <summary>
/// spec §3.6 "IsValidImplementation" and §3.7 "Interfaces Implementing Interfaces": an object or
/// interface implements each declared interface once, never itself, declares the interfaces those
/// interfaces implement, and provides every interface field with a covariant type and the same
/// arguments (extra arguments optional).
/// </summary>
internal static class InterfaceImplementationValidator
{
    public static void Validate(Schema schema, ComplexType type, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }

            ValidateAncestors(type, iface, errors);
            ValidateFields(schema, type, iface, errors);
        }
    }

    private static void ValidateAncestors(ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (type.Implements(transitive)) continue;
            errors.Add(ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
        }
    }

    private static void ValidateFields(Schema schema, ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var name = ifaceField.Name;
            var typeField = type.Fields[name];
            if (typeField is null)
            {
                errors.Add($"Interface field {iface.Name}.{name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!IsSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{name} expects type {ifaceField.Type} but {type.Name}.{name} is type {typeField.Type}.");
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    errors.Add($"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expected but {type.Name}.{name} does not provide it.");
                    continue;
                }

                if (!GraphQLType.AreEqual(ifaceArg.Type, typeArg.Type))
                {
                    errors.Add($"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{name}({ifaceArg.Name}:) is type {typeArg.Type}.");
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArg.Name) is null && SchemaValidator.IsRequired(typeArg))
                {
                    errors.Add($"Object field {type.Name}.{name} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{name}.");
                }
            }
        }
    }

    /// <summary>spec §3.6 "IsValidImplementationFieldType": covariance through non-null, lists and abstract types.</summary>
    internal static bool IsSubTypeOf(Schema schema, GraphQLType maybeSub, GraphQLType super)
    {
        if (GraphQLType.AreEqual(maybeSub, super)) return true;
        if (super is NonNullType superNonNull)
        {
            return maybeSub is NonNullType subNonNull && IsSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSub is NonNullType nonNull) return IsSubTypeOf(schema, nonNull.OfType, super);
        if (super is ListType superList)
        {
            return maybeSub is ListType subList && IsSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSub is ListType) return false;
        return super is NamedType { IsAbstractType: true } abstractType
            && maybeSub is NamedType { Kind: TypeKind.Interface or TypeKind.Object } named
            && schema.IsSubType(abstractType, named);
    }
}
