using System.Collections.Generic;

namespace GraphQL.Language;

/// <summary>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition (spec §3).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    protected TypeSystemDefinitionNode(Location? location) : base(location) { }
}

/// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (spec §3.1).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    protected TypeSystemExtensionNode(IReadOnlyList<DirectiveNode> directives, Location? location) : base(location)
        => Directives = directives;

    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec §3.3).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives, IHasDescription
{
    public SchemaDefinitionNode(
        StringValueNode? description,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
    public StringValueNode? Description { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Description is not null) yield return Description;
        foreach (var d in Directives) yield return d;
        foreach (var o in OperationTypes) yield return o;
    }
}

/// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | ... (spec §3.3.2).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public SchemaExtensionNode(
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
        Location? location = null)
        : base(directives, location) => OperationTypes = operationTypes;

    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        foreach (var d in Directives) yield return d;
        foreach (var o in OperationTypes) yield return o;
    }
}

/// <summary>RootOperationTypeDefinition : OperationType : NamedType (spec §3.3.1).</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null)
        : base(location)
    {
        Operation = operation;
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
    public OperationType Operation { get; }
    public NamedTypeNode Type { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Type;
    }
}

/// <summary>TypeDefinition : Scalar | Object | Interface | Union | Enum | InputObject TypeDefinition (spec §3.4).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    protected TypeDefinitionNode(
        StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    protected IEnumerable<SyntaxNode> HeadNodes()
    {
        if (Description is not null) yield return Description;
        yield return Name;
    }
}

/// <summary>TypeExtension : Scalar | Object | Interface | Union | Enum | InputObject TypeExtension (spec §3.4.3).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode, INamedSyntaxNode
{
    protected TypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location)
        : base(directives, location) => Name = name;

    public NameNode Name { get; }
}

/// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec §3.5).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public ScalarTypeDefinitionNode(
        StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(description, name, directives, location) { }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        foreach (var n in HeadNodes()) yield return n;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (spec §3.5.1).</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(name, directives, location) { }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>
/// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec §3.6).
/// </summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public ObjectTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        Location? location = null)
        : base(description, name, directives, location)
    {
        Interfaces = interfaces;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        foreach (var n in HeadNodes()) yield return n;
        foreach (var i in Interfaces) yield return i;
        foreach (var d in Directives) yield return d;
        foreach (var f in Fields) yield return f;
    }
}

/// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec §3.6.3).</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public ObjectTypeExtensionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        Location? location = null)
        : base(name, directives, location)
    {
        Interfaces = interfaces;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var i in Interfaces) yield return i;
        foreach (var d in Directives) yield return d;
        foreach (var f in Fields) yield return f;
    }
}

/// <summary>
/// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
/// (spec §3.7).
/// </summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public InterfaceTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        Location? location = null)
        : base(description, name, directives, location)
    {
        Interfaces = interfaces;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        foreach (var n in HeadNodes()) yield return n;
        foreach (var i in Interfaces) yield return i;
        foreach (var d in Directives) yield return d;
        foreach (var f in Fields) yield return f;
    }
}

/// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec §3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public InterfaceTypeExtensionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        Location? location = null)
        : base(name, directives, location)
    {
        Interfaces = interfaces;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var i in Interfaces) yield return i;
        foreach (var d in Directives) yield return d;
        foreach (var f in Fields) yield return f;
    }
}

/// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec §3.6).</summary>
public sealed class FieldDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    public FieldDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<InputValueDefinitionNode> arguments,
        TypeNode type,
        IReadOnlyList<DirectiveNode> directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        Type = type;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }
    public TypeNode Type { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        foreach (var a in Arguments) yield return a;
        yield return Type;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec §3.6.1).</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    public InputValueDefinitionNode(
        StringValueNode? description,
        NameNode name,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public TypeNode Type { get; }
    public ValueNode? DefaultValue { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        yield return Type;
        if (DefaultValue is not null) yield return DefaultValue;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec §3.8).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public UnionTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types,
        Location? location = null)
        : base(description, name, directives, location) => Types = types;

    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Types { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        foreach (var n in HeadNodes()) yield return n;
        foreach (var d in Directives) yield return d;
        foreach (var t in Types) yield return t;
    }
}

/// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes? (spec §3.8.1).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public UnionTypeExtensionNode(
        NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types, Location? location = null)
        : base(name, directives, location) => Types = types;

    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
    public IReadOnlyList<NamedTypeNode> Types { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var d in Directives) yield return d;
        foreach (var t in Types) yield return t;
    }
}

/// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec §3.9).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public EnumTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values,
        Location? location = null)
        : base(description, name, directives, location) => Values = values;

    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        foreach (var n in HeadNodes()) yield return n;
        foreach (var d in Directives) yield return d;
        foreach (var v in Values) yield return v;
    }
}

/// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition? (spec §3.9.1).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public EnumTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values,
        Location? location = null)
        : base(name, directives, location) => Values = values;

    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var d in Directives) yield return d;
        foreach (var v in Values) yield return v;
    }
}

/// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (spec §3.9).</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    public EnumValueDefinitionNode(
        StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec §3.10).</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public InputObjectTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<InputValueDefinitionNode> fields,
        Location? location = null)
        : base(description, name, directives, location) => Fields = fields;

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        foreach (var n in HeadNodes()) yield return n;
        foreach (var d in Directives) yield return d;
        foreach (var f in Fields) yield return f;
    }
}

/// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition? (spec §3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public InputObjectTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<InputValueDefinitionNode> fields,
        Location? location = null)
        : base(name, directives, location) => Fields = fields;

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        foreach (var d in Directives) yield return d;
        foreach (var f in Fields) yield return f;
    }
}

/// <summary>
/// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
/// (spec §3.13). Locations are kept as names (e.g. FIELD, OBJECT) and checked by the schema builder.
/// </summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode, IHasDescription
{
    public DirectiveDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<InputValueDefinitionNode> arguments,
        bool repeatable,
        IReadOnlyList<NameNode> locations,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        Repeatable = repeatable;
        Locations = locations;
    }

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }
    public bool Repeatable { get; }
    public IReadOnlyList<NameNode> Locations { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        foreach (var a in Arguments) yield return a;
        foreach (var l in Locations) yield return l;
    }
}
