using System.Collections.Generic;
using System.Linq;

namespace GraphQL.Language;

/// <summary>
/// Value[Const] : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
/// | EnumValue | ListValue | ObjectValue (spec §2.9).
/// </summary>
public abstract class ValueNode : SyntaxNode
{
    protected ValueNode(Location? location) : base(location) { }
}

/// <summary>Variable : $ Name (spec §2.10).</summary>
public sealed class VariableNode : ValueNode, INamedSyntaxNode
{
    public VariableNode(NameNode name, Location? location = null) : base(location) => Name = name;

    public override SyntaxKind Kind => SyntaxKind.Variable;
    public NameNode Name { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
    }
}

/// <summary>IntValue :: IntegerPart (spec §2.9.1). The raw lexeme is kept: coercion decides the range.</summary>
public sealed class IntValueNode : ValueNode
{
    public IntValueNode(string value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.IntValue;
    public string Value { get; }

    public override IEnumerable<SyntaxNode> GetNodes() => Enumerable.Empty<SyntaxNode>();
}

/// <summary>FloatValue :: IntegerPart FractionalPart? ExponentPart? (spec §2.9.2). Raw lexeme kept.</summary>
public sealed class FloatValueNode : ValueNode
{
    public FloatValueNode(string value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.FloatValue;
    public string Value { get; }

    public override IEnumerable<SyntaxNode> GetNodes() => Enumerable.Empty<SyntaxNode>();
}

/// <summary>StringValue (spec §2.9.4). <see cref="Value"/> is the cooked value (escapes and block indentation resolved).</summary>
public sealed class StringValueNode : ValueNode
{
    public StringValueNode(string value, bool block = false, Location? location = null) : base(location)
    {
        Value = value;
        Block = block;
    }

    public override SyntaxKind Kind => SyntaxKind.StringValue;
    public string Value { get; }

    /// <summary>True when written as a block string (<c>"""..."""</c>).</summary>
    public bool Block { get; }

    public override IEnumerable<SyntaxNode> GetNodes() => Enumerable.Empty<SyntaxNode>();
}

/// <summary>BooleanValue : one of true false (spec §2.9.3).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public static readonly BooleanValueNode True = new(true);
    public static readonly BooleanValueNode False = new(false);

    public BooleanValueNode(bool value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
    public bool Value { get; }

    public override IEnumerable<SyntaxNode> GetNodes() => Enumerable.Empty<SyntaxNode>();
}

/// <summary>NullValue : null (spec §2.9.5).</summary>
public sealed class NullValueNode : ValueNode
{
    public static readonly NullValueNode Default = new();

    public NullValueNode(Location? location = null) : base(location) { }

    public override SyntaxKind Kind => SyntaxKind.NullValue;

    public override IEnumerable<SyntaxNode> GetNodes() => Enumerable.Empty<SyntaxNode>();
}

/// <summary>EnumValue : Name but not true or false or null (spec §2.9.6).</summary>
public sealed class EnumValueNode : ValueNode
{
    public EnumValueNode(string value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    public string Value { get; }

    public override IEnumerable<SyntaxNode> GetNodes() => Enumerable.Empty<SyntaxNode>();
}

/// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (spec §2.9.7).</summary>
public sealed class ListValueNode : ValueNode
{
    public ListValueNode(IReadOnlyList<ValueNode> items, Location? location = null) : base(location) => Items = items;

    public override SyntaxKind Kind => SyntaxKind.ListValue;
    public IReadOnlyList<ValueNode> Items { get; }

    public override IEnumerable<SyntaxNode> GetNodes() => Items;
}

/// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (spec §2.9.8).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null) : base(location)
        => Fields = fields;

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    public IReadOnlyList<ObjectFieldNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetNodes() => Fields;
}

/// <summary>ObjectField[Const] : Name : Value[?Const] (spec §2.9.8).</summary>
public sealed class ObjectFieldNode : SyntaxNode, INamedSyntaxNode
{
    public ObjectFieldNode(NameNode name, ValueNode value, Location? location = null) : base(location)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    public NameNode Name { get; }
    public ValueNode Value { get; }

    public override IEnumerable<SyntaxNode> GetNodes()
    {
        yield return Name;
        yield return Value;
    }
}
