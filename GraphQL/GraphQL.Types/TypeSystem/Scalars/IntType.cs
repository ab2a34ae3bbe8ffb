using System;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>Int</c> (spec §3.5.1): a signed 32-bit integer. Input accepts integral numbers in range only;
/// results also accept booleans (1/0), integral floats and numeric strings, as graphql-js does.
/// </summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        IsBuiltIn = true;
    }

    public override Type RuntimeType => typeof(int);

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode node)
        {
            return ScalarHelpers.Throw<object>("Int cannot represent non-integer value: " + ScalarHelpers.Print(literal));
        }

        if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return ScalarHelpers.Throw<object>("Int cannot represent non 32-bit signed integer value: " + node.Value);
        }

        return value;
    }

    public override object ParseValue(object input)
    {
        if (input is int) return input;
        if (!ScalarHelpers.TryGetInteger(input, out var value, out _, out var overflow))
        {
            return overflow
                ? ScalarHelpers.Throw<object>("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(input))
                : ScalarHelpers.Throw<object>("Int cannot represent non-integer value: " + Inspect.Value(input));
        }

        if (value > int.MaxValue || value < int.MinValue)
        {
            return ScalarHelpers.Throw<object>("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(input));
        }

        return (int)value;
    }

    public override object Serialize(object value)
    {
        if (value is int) return value;
        if (value is bool b) return b ? 1 : 0;
        var candidate = value;
        if (value is string s && s.Length > 0)
        {
            candidate = ScalarHelpers.TryParseJsNumber(s, out var parsed) ? parsed : double.NaN;
        }

        if (!ScalarHelpers.TryGetInteger(candidate, out var number, out _, out var overflow))
        {
            return overflow
                ? ScalarHelpers.Throw<object>("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(value))
                : ScalarHelpers.Throw<object>("Int cannot represent non-integer value: " + Inspect.Value(value));
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            return ScalarHelpers.Throw<object>("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(value));
        }

        return (int)number;
    }

    public override ValueNode ToLiteral(object value) =>
        new IntValueNode(((int)Serialize(value)).ToString(CultureInfo.InvariantCulture));
}
