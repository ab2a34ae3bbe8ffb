using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// An object or interface type: a named type with fields and implemented interfaces (spec §3.6, §3.7).
/// Fields and interfaces are given as thunks so that types can refer to each other in cycles;
/// they are forced when the schema is built and never change afterwards.
/// </summary>
public abstract class ComplexType : NamedType
{
    private Func<IEnumerable<FieldDefinition>>? _fieldsThunk;
    private Func<IEnumerable<InterfaceType>>? _interfacesThunk;
    private FieldCollection? _fields;
    private IReadOnlyList<InterfaceType>? _interfaces;

    private protected ComplexType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces,
        string? description,
        IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, directives)
    {
        _fieldsThunk = fields ?? throw new ArgumentNullException(nameof(fields));
        _interfacesThunk = interfaces;
    }

    /// <summary>The fields in definition order, with lookup by name.</summary>
    public FieldCollection Fields
    {
        get
        {
            if (_fields is null)
            {
                var thunk = _fieldsThunk ?? throw new InvalidOperationException($"The fields of \"{Name}\" are being built.");
                _fieldsThunk = null;
                _fields = new FieldCollection(Name, thunk());
            }

            return _fields;
        }
    }

    /// <summary>The interfaces this type declares it implements (spec §3.6 ImplementsInterfaces).</summary>
    public IReadOnlyList<InterfaceType> Interfaces
    {
        get
        {
            if (_interfaces is null)
            {
                var list = new List<InterfaceType>();
                if (_interfacesThunk is not null) list.AddRange(_interfacesThunk());
                _interfacesThunk = null;
                _interfaces = list;
            }

            return _interfaces;
        }
    }

    /// <summary>
    /// Declares one more interface after construction, for conventions that decide it once every
    /// type exists (Relay's <c>Node</c>). Build a new <see cref="Schema"/> over the type afterwards:
    /// a schema maps possible types when it is made.
    /// </summary>
    public void AddInterface(InterfaceType iface)
    {
        if (iface is null) throw new ArgumentNullException(nameof(iface));
        if (Implements(iface)) return;
        var list = new List<InterfaceType>(Interfaces) { iface };
        _interfaces = list;
    }

    /// <summary>True when this type declares <paramref name="iface"/> among its interfaces.</summary>
    public bool Implements(InterfaceType iface)
    {
        var interfaces = Interfaces;
        for (var i = 0; i < interfaces.Count; i++)
        {
            if (ReferenceEquals(interfaces[i], iface)) return true;
        }

        return false;
    }
}

/// <summary>An ordered set of fields with lookup by name; duplicate names are rejected.</summary>
public sealed class FieldCollection : IReadOnlyList<FieldDefinition>
{
    private readonly FieldDefinition[] _fields;
    private readonly Dictionary<string, FieldDefinition> _byName;

    public FieldCollection(string typeName, IEnumerable<FieldDefinition> fields)
    {
        var list = new List<FieldDefinition>(fields);
        _fields = list.ToArray();
        _byName = new Dictionary<string, FieldDefinition>(_fields.Length, StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            if (_byName.ContainsKey(field.Name))
            {
                throw new SchemaException($"Field \"{typeName}.{field.Name}\" can only be defined once.");
            }

            _byName.Add(field.Name, field);
        }
    }

    public int Count => _fields.Length;
    public FieldDefinition this[int index] => _fields[index];

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldDefinition? this[string name] => _byName.TryGetValue(name, out var f) ? f : null;

    public bool TryGetField(string name, out FieldDefinition field) => _byName.TryGetValue(name, out field!);

    public IEnumerator<FieldDefinition> GetEnumerator() => ((IEnumerable<FieldDefinition>)_fields).GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _fields.GetEnumerator();
}

/// <summary>An object type (spec §3.6).</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces = null,
        string? description = null,
        IReadOnlyList<DirectiveNode>? directives = null)
        : base(name, fields, interfaces, description, directives) { }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The .NET type whose instances are values of this object type (code-first), if any.</summary>
    public Type? RuntimeType { get; init; }

    /// <summary>Decides whether a value is of this type when the abstract type cannot tell (spec §6.4.3).</summary>
    public IsOfTypeDelegate? IsOfType { get; set; }
}

/// <summary>An interface type (spec §3.7); interfaces may implement interfaces.</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces = null,
        string? description = null,
        IReadOnlyList<DirectiveNode>? directives = null)
        : base(name, fields, interfaces, description, directives) { }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the concrete type of a value; when null, each possible type's IsOfType/RuntimeType decides.</summary>
    public ResolveTypeDelegate? ResolveType { get; set; }

    /// <summary>The .NET type (interface or base class) mapped to this GraphQL interface (code-first), if any.</summary>
    public Type? RuntimeType { get; init; }
}

/// <summary>A union type (spec §3.8): one of several object types.</summary>
public sealed class UnionType : NamedType
{
    private Func<IEnumerable<ObjectType>>? _typesThunk;
    private IReadOnlyList<ObjectType>? _types;

    public UnionType(
        string name,
        Func<IEnumerable<ObjectType>> types,
        string? description = null,
        IReadOnlyList<DirectiveNode>? directives = null)
        : base(name, description, directives)
        => _typesThunk = types ?? throw new ArgumentNullException(nameof(types));

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types
    {
        get
        {
            if (_types is null)
            {
                var thunk = _typesThunk ?? throw new InvalidOperationException($"The members of \"{Name}\" are being built.");
                _typesThunk = null;
                _types = new List<ObjectType>(thunk());
            }

            return _types;
        }
    }

    public ResolveTypeDelegate? ResolveType { get; set; }

    public Type? RuntimeType { get; init; }
}
