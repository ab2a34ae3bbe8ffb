using System;
using System.Collections.Generic;

namespace GraphQL.Types;

/// <summary>
/// The type system validation of spec §3 ("Type Validation" under each type kind, and §3.13 for
/// directives), the checks graphql-js's <c>validateSchema</c> makes, with its messages. All problems
/// are collected and thrown together in one <see cref="SchemaException"/>.
/// </summary>
internal static class SchemaValidator
{
    public static void ThrowIfInvalid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0) throw new SchemaException(errors);
    }

    public static List<string> Validate(Schema schema)
    {
        var errors = new List<string>();
        foreach (var directive in schema.Directives) ValidateDirective(directive, errors);

        var cycles = new InputObjectCycleDetector(errors);
        foreach (var type in schema.Types)
        {
            if (!Introspection.IsIntrospectionType(type)) ValidateName(type.Name, errors);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    InterfaceImplementationValidator.Validate(schema, complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    cycles.Detect(input);
                    break;
            }
        }

        return errors;
    }

    /// <summary>Names starting with <c>__</c> are reserved for introspection (spec §3 "Names").</summary>
    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    /// <summary>spec §3.13 "Type Validation": locations, argument names and input types, no deprecated required argument.</summary>
    private static void ValidateDirective(DirectiveDefinition directive, List<string> errors)
    {
        ValidateName(directive.Name, errors);
        if (directive.Locations == DirectiveLocation.None)
        {
            errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
        }

        foreach (var arg in directive.Arguments)
        {
            ValidateName(arg.Name, errors);
            if (!arg.Type.IsInputType)
            {
                errors.Add($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.");
            }

            if (IsRequired(arg) && arg.IsDeprecated)
            {
                errors.Add($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.");
            }
        }
    }

    /// <summary>spec §3.6 "Type Validation" 2–4 (and §3.7 for interfaces): fields exist, are output types, arguments are input types.</summary>
    private static void ValidateFields(ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, errors);
                if (!arg.Type.IsInputType)
                {
                    errors.Add($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.");
                }

                if (IsRequired(arg) && arg.IsDeprecated)
                {
                    errors.Add($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    /// <summary>spec §3.8 "Type Validation": at least one member, object types only, no duplicates.</summary>
    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    /// <summary>spec §3.9 "Type Validation": at least one value, valid names (never true, false or null).</summary>
    private static void ValidateEnum(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var value in enumType.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add($"Enum values cannot be named: {value.Name}");
            }

            ValidateName(value.Name, errors);
        }
    }

    /// <summary>spec §3.10 "Type Validation" (and §3.10.1 for OneOf input objects).</summary>
    private static void ValidateInputFields(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            if (input.IsOneOf)
            {
                if (field.Type.IsNonNull) errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                if (field.HasDefaultValue) errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
            }
        }
    }

    internal static bool IsRequired(InputValueDefinition value) => value.Type.IsNonNull && !value.HasDefaultValue;
}
