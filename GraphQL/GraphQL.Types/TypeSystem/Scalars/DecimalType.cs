using System;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: an exact decimal number (money), runtime <see cref="decimal"/>, written as a JSON
/// number. Input accepts Int and Float literals and any JSON number within the range of
/// <see cref="decimal"/>; strings are not numbers and are refused.
/// </summary>
public sealed class DecimalType : ScalarType
{
    internal DecimalType()
        : base("Decimal", "The `Decimal` scalar type represents an exact signed decimal number with up to 28 significant digits, written as a JSON number.")
    {
    }

    public override Type RuntimeType => typeof(decimal);

    public override object ParseLiteral(ValueNode literal)
    {
        var raw = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };

        if (raw is null)
        {
            return ScalarHelpers.Throw<object>("Decimal cannot represent non numeric value: " + ScalarHelpers.Print(literal));
        }

        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return ScalarHelpers.Throw<object>("Decimal cannot represent value out of range: " + raw);
        }

        return value;
    }

    public override object ParseValue(object input) => Coerce(input);

    public override object Serialize(object value) => Coerce(value);

    public override ValueNode ToLiteral(object value)
    {
        var d = (decimal)Serialize(value);
        var text = d.ToString(CultureInfo.InvariantCulture);
        return text.IndexOf('.') < 0 ? new IntValueNode(text) : new FloatValueNode(text);
    }

    private static object Coerce(object value)
    {
        switch (value)
        {
            case decimal:
                return value;
            case double d:
                return FromDouble(d, value);
            case float f:
                return FromDouble(f, value);
        }

        if (ScalarHelpers.TryGetInteger(value, out var n, out _, out _)) return (decimal)n;
        if (value is ulong ul) return (decimal)ul;
        return ScalarHelpers.Throw<object>("Decimal cannot represent non numeric value: " + Inspect.Value(value));
    }

    private static object FromDouble(double d, object shown)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return ScalarHelpers.Throw<object>("Decimal cannot represent non numeric value: " + Inspect.Value(shown));
        }

        if (d > (double)decimal.MaxValue || d < (double)decimal.MinValue)
        {
            return ScalarHelpers.Throw<object>("Decimal cannot represent value out of range: " + Inspect.Value(shown));
        }

        // Through the shortest round-trip text, so 0.1 stays 0.1m rather than 0.1000000000000000055...
        return decimal.Parse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
