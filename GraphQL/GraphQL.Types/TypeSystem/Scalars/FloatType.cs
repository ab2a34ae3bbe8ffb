using System;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>Float</c> (spec §3.5.2): a finite IEEE 754 double. Input accepts any finite number, integers
/// included (and Int literals); NaN and infinities are never valid, nor literals that overflow a double
/// (<c>1e999</c>: "Float cannot represent non-finite value").
/// </summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        IsBuiltIn = true;
    }

    public override Type RuntimeType => typeof(double);

    public override object ParseLiteral(ValueNode literal)
    {
        var raw = literal switch
        {
            FloatValueNode f => f.Value,
            IntValueNode i => i.Value,
            _ => null,
        };

        if (raw is null || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return ScalarHelpers.Throw<object>("Float cannot represent non numeric value: " + ScalarHelpers.Print(literal));
        }

        // The grammar has no bound on exponents, so 1e999 is a valid FloatValue that overflows a double: a
        // request error (§3.5.2 input coercion: values not representable as a finite IEEE 754 double).
        if (double.IsInfinity(value)) return ScalarHelpers.Throw<object>("Float cannot represent non-finite value: " + raw);
        return value;
    }

    public override object ParseValue(object input)
    {
        if (input is double d0 && !double.IsNaN(d0) && !double.IsInfinity(d0)) return input;

        // A JSON number beyond double's range (1e999) reaches here as an infinity (see JsonInputConverter);
        // the message is graphql-js's, which reads such JSON the same way.
        if (!ScalarHelpers.TryGetDouble(input, out var d) || double.IsNaN(d) || double.IsInfinity(d))
        {
            return ScalarHelpers.Throw<object>("Float cannot represent non numeric value: " + Inspect.Value(input));
        }

        return d;
    }

    public override object Serialize(object value)
    {
        if (value is double d0 && !double.IsNaN(d0) && !double.IsInfinity(d0)) return value;
        double d;
        if (value is bool b)
        {
            d = b ? 1 : 0;
        }
        else if (value is string s && s.Length > 0)
        {
            if (!ScalarHelpers.TryParseJsNumber(s, out d)) d = double.NaN;
        }
        else if (!ScalarHelpers.TryGetDouble(value, out d))
        {
            d = double.NaN;
        }

        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return ScalarHelpers.Throw<object>("Float cannot represent non numeric value: " + Inspect.Value(value));
        }

        return d;
    }

    /// <summary>Integral values print as Int literals (<c>1</c>, not <c>1.0</c>), as graphql-js's astFromValue does.</summary>
    public override ValueNode ToLiteral(object value)
    {
        var d = (double)Serialize(value);
        var text = Inspect.JsNumber(d);
        return Math.Floor(d) == d && text.IndexOf('e') < 0 ? new IntValueNode(text) : new FloatValueNode(text);
    }
}
