using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// An enum type (spec §3.9). Each value has a name (what clients see) and a runtime value (what
/// resolvers see: a .NET enum member in code-first schemas, the name itself in SDL-first ones).
/// </summary>
public sealed class EnumType : NamedType
{
    private readonly EnumValueDefinition[] _values;
    private readonly Dictionary<string, EnumValueDefinition> _byName;
    private readonly Dictionary<object, EnumValueDefinition> _byRuntimeValue;

    public EnumType(
        string name,
        IEnumerable<EnumValueDefinition> values,
        string? description = null,
        IReadOnlyList<DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
        _values = new List<EnumValueDefinition>(values).ToArray();
        _byName = new Dictionary<string, EnumValueDefinition>(_values.Length, StringComparer.Ordinal);
        _byRuntimeValue = new Dictionary<object, EnumValueDefinition>(_values.Length);
        foreach (var value in _values)
        {
            if (_byName.ContainsKey(value.Name))
            {
                throw new SchemaException($"Enum value \"{name}.{value.Name}\" can only be defined once.");
            }

            _byName.Add(value.Name, value);
            _byRuntimeValue[value.Value] = value;
        }
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    /// <summary>The .NET enum mapped to this type (code-first), if any.</summary>
    public Type? RuntimeType { get; init; }

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.TryGetValue(name, out var v) ? v : null;

    /// <summary>The value whose runtime value is <paramref name="runtimeValue"/>, or null.</summary>
    public EnumValueDefinition? GetValueByRuntimeValue(object runtimeValue) =>
        _byRuntimeValue.TryGetValue(runtimeValue, out var v) ? v : null;

    /// <summary>
    /// Literal input coercion (spec §3.9 "Input Coercion"): an enum literal naming a value yields its
    /// runtime value; anything else throws <see cref="CoercionException"/> worded as graphql-js does.
    /// </summary>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode node)
        {
            var printed = LiteralPrinter.Print(literal);
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-enum value: {printed}." + SuggestValues(printed));
        }

        return GetValue(node.Value)?.Value
            ?? throw new CoercionException($"Value \"{node.Value}\" does not exist in \"{Name}\" enum." + SuggestValues(node.Value));
    }

    /// <summary>Variable input coercion: the value's name as a string yields its runtime value.</summary>
    public object ParseValue(object input)
    {
        if (input is not string name)
        {
            var shown = Inspect.Value(input);
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-string value: {shown}." + SuggestValues(shown));
        }

        return GetValue(name)?.Value
            ?? throw new CoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum." + SuggestValues(name));
    }

    /// <summary>Result coercion (spec §3.9 "Result Coercion"): a runtime value yields its name.</summary>
    public string Serialize(object value)
    {
        var definition = GetValueByRuntimeValue(value);
        if (definition is not null) return definition.Name;
        if (value is string name && GetValue(name) is { } byName) return byName.Name;
        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    private string SuggestValues(string input)
    {
        var names = new List<string>(_values.Length);
        foreach (var value in _values) names.Add(value.Name);
        return Suggestions.DidYouMean(input, names, "the enum value");
    }
}

/// <summary>A value of an enum type (spec §3.9 EnumValueDefinition).</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null, string? description = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value ?? name;
        Description = description;
    }

    public string Name { get; }

    /// <summary>The runtime value; the name itself when none was given.</summary>
    public object Value { get; }

    public string? Description { get; }
    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    public EnumValueDefinitionNode? SyntaxNode { get; init; }

    public override string ToString() => Name;
}
