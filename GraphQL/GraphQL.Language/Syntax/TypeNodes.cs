using System.Collections.Generic;

namespace GraphQL.Language;

/// <summary>Type : NamedType | ListType | NonNullType (spec §2.11).</summary>
public abstract class TypeNode : SyntaxNode
{
    protected TypeNode(Location? location) : base(location) { }

    /// <summary>The named type at the bottom of any list and non-null wrappers.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

/// <summary>NamedType : Name (spec §2.11).</summary>
public sealed class NamedTypeNode : TypeNode, INamedSyntaxNode
{
    public NamedTypeNode(NameNode name, Location? location = null) : base(location) => Name = name;

    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public NameNode Name { get; }
    public override NamedTypeNode NamedType => this;

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
    }
}

/// <summary>ListType : [ Type ] (spec §2.11).</summary>
public sealed class ListTypeNode : TypeNode
{
    public ListTypeNode(TypeNode type, Location? location = null) : base(location) => Type = type;

    public override SyntaxKind Kind => SyntaxKind.ListType;
    public TypeNode Type { get; }
    public override NamedTypeNode NamedType => Type.NamedType;

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Type;
    }
}

/// <summary>NonNullType : NamedType ! | ListType ! (spec §2.11).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public NonNullTypeNode(TypeNode type, Location? location = null) : base(location) => Type = type;

    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The wrapped type: a <see cref="NamedTypeNode"/> or a <see cref="ListTypeNode"/>.</summary>
    public TypeNode Type { get; }
    public override NamedTypeNode NamedType => Type.NamedType;

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Type;
    }
}
