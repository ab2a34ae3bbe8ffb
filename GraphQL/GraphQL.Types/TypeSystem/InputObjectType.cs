using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// An input object type (spec §3.10), including OneOf input objects (spec §3.10.1: exactly one
/// field must be given, and it must not be null). Fields are a thunk for cycles.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private Func<IEnumerable<InputValueDefinition>>? _fieldsThunk;
    private IReadOnlyList<InputValueDefinition>? _fields;
    private Dictionary<string, InputValueDefinition>? _byName;

    public InputObjectType(
        string name,
        Func<IEnumerable<InputValueDefinition>> fields,
        string? description = null,
        IReadOnlyList<DirectiveNode>? directives = null)
        : base(name, description, directives)
        => _fieldsThunk = fields ?? throw new ArgumentNullException(nameof(fields));

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>True for <c>@oneOf</c> input objects (spec §3.10.1).</summary>
    public bool IsOneOf { get; init; }

    /// <summary>The .NET type built from a coerced value (code-first); null keeps the dictionary.</summary>
    public Type? RuntimeType { get; init; }

    /// <summary>
    /// Builds the runtime value from the coerced field values (only the fields that were given or
    /// defaulted are present). Null keeps the <see cref="IReadOnlyDictionary{TKey,TValue}"/>.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; set; }

    public IReadOnlyList<InputValueDefinition> Fields
    {
        get
        {
            EnsureFields();
            return _fields!;
        }
    }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetField(string name)
    {
        EnsureFields();
        return _byName!.TryGetValue(name, out var f) ? f : null;
    }

    private void EnsureFields()
    {
        if (_fields is not null) return;
        var thunk = _fieldsThunk ?? throw new InvalidOperationException($"The fields of \"{Name}\" are being built.");
        _fieldsThunk = null;
        var list = new List<InputValueDefinition>(thunk());
        var byName = new Dictionary<string, InputValueDefinition>(list.Count, StringComparer.Ordinal);
        foreach (var field in list)
        {
            if (byName.ContainsKey(field.Name))
            {
                throw new SchemaException($"Input field \"{Name}.{field.Name}\" can only be defined once.");
            }

            byName.Add(field.Name, field);
        }

        _byName = byName;
        _fields = list;
    }
}
