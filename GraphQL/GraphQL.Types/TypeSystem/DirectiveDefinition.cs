using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>DirectiveLocation (spec §3.13): where a directive may be applied.</summary>
[Flags]
public enum DirectiveLocation
{
    None = 0,

    // ExecutableDirectiveLocation
    Query = 1 << 0,
    Mutation = 1 << 1,
    Subscription = 1 << 2,
    Field = 1 << 3,
    FragmentDefinition = 1 << 4,
    FragmentSpread = 1 << 5,
    InlineFragment = 1 << 6,
    VariableDefinition = 1 << 7,

    // TypeSystemDirectiveLocation
    Schema = 1 << 8,
    Scalar = 1 << 9,
    Object = 1 << 10,
    FieldDefinition = 1 << 11,
    ArgumentDefinition = 1 << 12,
    Interface = 1 << 13,
    Union = 1 << 14,
    Enum = 1 << 15,
    EnumValue = 1 << 16,
    InputObject = 1 << 17,
    InputFieldDefinition = 1 << 18,
}

/// <summary>A directive definition (spec §3.13): built-in (<c>@skip</c>, <c>@include</c>, ...) or custom.</summary>
public sealed class DirectiveDefinition
{
    public DirectiveDefinition(string name, DirectiveLocation locations, string? description = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Locations = locations;
        Description = description;
    }

    /// <summary>The name without the <c>@</c>.</summary>
    public string Name { get; }
    public DirectiveLocation Locations { get; }
    public string? Description { get; }
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = Array.Empty<InputValueDefinition>();
    public bool IsRepeatable { get; init; }
    public bool IsBuiltIn { get; init; }
    public DirectiveDefinitionNode? SyntaxNode { get; init; }

    public InputValueDefinition? GetArgument(string name)
    {
        var args = Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            if (string.Equals(args[i].Name, name, StringComparison.Ordinal)) return args[i];
        }

        return null;
    }

    public override string ToString() => "@" + Name;
}

/// <summary>The schema is not valid (spec §3 type system rules); the message names what to fix.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(string message) : base(message) => Errors = new[] { message };

    public SchemaException(IReadOnlyList<string> errors)
        : base(errors.Count == 1 ? errors[0] : "The schema is invalid:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", errors))
        => Errors = errors;

    /// <summary>Every problem found, each a sentence.</summary>
    public IReadOnlyList<string> Errors { get; }
}
