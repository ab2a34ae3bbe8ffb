using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>__TypeKind (spec §4.2.2): what a type is, including the two wrapping kinds.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>
/// Any GraphQL type: a named type, or a list/non-null wrapper around another type (spec §3.4).
/// Types are immutable once the schema that holds them is complete.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType() { }

    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all list and non-null wrappers (spec "named type").</summary>
    public abstract NamedType GetNamedType();

    /// <summary>True for scalar, enum and input object types, and wrappers of them (spec §3.4.2 IsInputType).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True for scalar, object, interface, union and enum types, and wrappers of them (spec §3.4.2 IsOutputType).</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>True for scalars and enums: a field of this type has no selection set (spec §3.4.1).</summary>
    public bool IsLeafType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>True for interfaces and unions (spec §3.4.1 "abstract types").</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>The type without its outermost non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nn ? nn.OfType : this;

    /// <summary>The type written as in GraphQL source: <c>[Product!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>The type as a syntax node, e.g. for printing variable definitions.</summary>
    public TypeNode ToTypeNode() => this switch
    {
        NonNullType nn => new NonNullTypeNode(nn.OfType.ToTypeNode()),
        ListType l => new ListTypeNode(l.OfType.ToTypeNode()),
        _ => new NamedTypeNode(new NameNode(((NamedType)this).Name)),
    };

    /// <summary>Structural equality of type references (spec §5.8.5 AreTypesCompatible uses this).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b)
    {
        while (true)
        {
            if (ReferenceEquals(a, b)) return true;
            switch (a)
            {
                case NonNullType na when b is NonNullType nb:
                    a = na.OfType;
                    b = nb.OfType;
                    continue;
                case ListType la when b is ListType lb:
                    a = la.OfType;
                    b = lb.OfType;
                    continue;
                case NamedType na when b is NamedType nb:
                    return string.Equals(na.Name, nb.Name, StringComparison.Ordinal);
                default:
                    return false;
            }
        }
    }
}

/// <summary>A list of another type: <c>[T]</c> (spec §3.12).</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType) => OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public override TypeKind Kind => TypeKind.List;
    public GraphQLType OfType { get; }
    public override NamedType GetNamedType() => OfType.GetNamedType();
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null wrapper: <c>T!</c> (spec §3.13). Never wraps another non-null type.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is null) throw new ArgumentNullException(nameof(ofType));
        if (ofType is NonNullType) throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        OfType = ofType;
    }

    public override TypeKind Kind => TypeKind.NonNull;
    public GraphQLType OfType { get; }
    public override NamedType GetNamedType() => OfType.GetNamedType();
    public override string ToString() => OfType + "!";
}

/// <summary>
/// A type with a name: scalar, object, interface, union, enum or input object (spec §3.4).
/// Definitions hold their applied directives as syntax (spec §3.13 "directives on the type system").
/// </summary>
public abstract class NamedType : GraphQLType
{
    private ListType? _list;
    private NonNullType? _nonNull;

    private protected NamedType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description;
        Directives = directives ?? Array.Empty<DirectiveNode>();
    }

    public string Name { get; }
    public string? Description { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The definition this type was built from, when it came from SDL.</summary>
    public TypeDefinitionNode? SyntaxNode { get; init; }

    /// <summary>Free-form data for the layers above (execution, data middleware, client generator).</summary>
    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public override NamedType GetNamedType() => this;

    /// <summary>True for the types the specification defines (built-in scalars and introspection types).</summary>
    public bool IsBuiltIn { get; init; }

    /// <summary>A cached <c>[T]</c>.</summary>
    public ListType AsList() => _list ??= new ListType(this);

    /// <summary>A cached <c>T!</c>.</summary>
    public NonNullType AsNonNull() => _nonNull ??= new NonNullType(this);

    public override string ToString() => Name;
}
