using System;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary><c>Boolean</c> (spec §3.5.4). Results also accept finite numbers (non-zero is true), as graphql-js does.</summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        IsBuiltIn = true;
    }

    public override Type RuntimeType => typeof(bool);

    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b
            ? ScalarHelpers.Box(b.Value)
            : ScalarHelpers.Throw<object>("Boolean cannot represent a non boolean value: " + ScalarHelpers.Print(literal));

    public override object ParseValue(object input) =>
        input is bool
            ? input
            : ScalarHelpers.Throw<object>("Boolean cannot represent a non boolean value: " + Inspect.Value(input));

    public override object Serialize(object value)
    {
        if (value is bool) return value;
        if (ScalarHelpers.TryGetDouble(value, out var d) && !double.IsNaN(d) && !double.IsInfinity(d))
        {
            return ScalarHelpers.Box(d != 0);
        }

        return ScalarHelpers.Throw<object>("Boolean cannot represent a non boolean value: " + Inspect.Value(value));
    }

    public override ValueNode ToLiteral(object value) =>
        (bool)Serialize(value) ? BooleanValueNode.True : BooleanValueNode.False;
}
