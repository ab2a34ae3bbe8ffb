using System;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>String</c> (spec §3.5.3): UTF-8 text. Input accepts strings only; results also accept
/// booleans, finite numbers and characters, written as text.
/// </summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        IsBuiltIn = true;
    }

    public override Type RuntimeType => typeof(string);

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? s.Value
            : ScalarHelpers.Throw<object>("String cannot represent a non string value: " + ScalarHelpers.Print(literal));

    public override object ParseValue(object input) =>
        input is string
            ? input
            : ScalarHelpers.Throw<object>("String cannot represent a non string value: " + Inspect.Value(input));

    public override object Serialize(object value)
    {
        switch (value)
        {
            case string:
                return value;
            case bool b:
                return b ? "true" : "false";
            case char c:
                return c.ToString();
        }

        if (Inspect.IsInteger(value))
        {
            return Inspect.Value(value);
        }

        if (value is decimal m)
        {
            return m.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (ScalarHelpers.TryGetDouble(value, out var d) && !double.IsNaN(d) && !double.IsInfinity(d))
        {
            return Inspect.JsNumber(d);
        }

        return ScalarHelpers.Throw<object>("String cannot represent value: " + Inspect.Value(value));
    }

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));
}
