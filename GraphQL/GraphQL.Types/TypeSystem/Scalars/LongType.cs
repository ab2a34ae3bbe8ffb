using System;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>Long</c>: a signed 64-bit integer, written as a JSON number. Same rules as <c>Int</c>
/// (integral values in range only), with the range of <see cref="long"/>.
/// </summary>
public sealed class LongType : ScalarType
{
    internal LongType()
        : base("Long", "The `Long` scalar type represents non-fractional signed whole numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
    {
    }

    public override Type RuntimeType => typeof(long);

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            return ScalarHelpers.Throw<object>("Long cannot represent non-integer value: " + ScalarHelpers.Print(literal));
        }

        if (!long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return ScalarHelpers.Throw<object>("Long cannot represent non 64-bit signed integer value: " + node.Value);
        }

        return value;
    }

    public override object ParseValue(object input) => Coerce(input, input);

    public override object Serialize(object value) => Coerce(value, value);

    public override ValueNode ToLiteral(object value) =>
        new IntValueNode(((long)Serialize(value)).ToString(CultureInfo.InvariantCulture));

    private static object Coerce(object value, object shown)
    {
        if (value is long) return value;
        if (!ScalarHelpers.TryGetInteger(value, out var number, out _, out var overflow))
        {
            return overflow
                ? ScalarHelpers.Throw<object>("Long cannot represent non 64-bit signed integer value: " + Inspect.Value(shown))
                : ScalarHelpers.Throw<object>("Long cannot represent non-integer value: " + Inspect.Value(shown));
        }

        return number;
    }
}
