using System;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>ID</c> (spec §3.5.5): a unique identifier serialised as a string. Input accepts strings and
/// integers (both become strings); results accept strings, integers and <see cref="Guid"/>s.
/// </summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        IsBuiltIn = true;
    }

    public override Type RuntimeType => typeof(string);

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => ScalarHelpers.Throw<object>("ID cannot represent a non-string and non-integer value: " + ScalarHelpers.Print(literal)),
    };

    public override object ParseValue(object input)
    {
        if (input is string) return input;
        if (ScalarHelpers.TryGetInteger(input, out var n, out _, out _))
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        return ScalarHelpers.Throw<object>("ID cannot represent value: " + Inspect.Value(input));
    }

    public override object Serialize(object value)
    {
        if (value is string) return value;
        if (value is Guid g) return g.ToString("D");
        if (ScalarHelpers.TryGetInteger(value, out var n, out _, out _))
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        return ScalarHelpers.Throw<object>("ID cannot represent value: " + Inspect.Value(value));
    }

    /// <summary>Integer-looking IDs print as Int literals, others as strings (graphql-js astFromValue).</summary>
    public override ValueNode ToLiteral(object value)
    {
        var s = (string)Serialize(value);
        return IsIntegerText(s) ? new IntValueNode(s) : new StringValueNode(s);
    }

    private static bool IsIntegerText(string s)
    {
        if (s.Length == 0) return false;
        var i = s[0] == '-' ? 1 : 0;
        if (i == s.Length) return false;
        if (s[i] == '0') return s.Length == i + 1;
        for (; i < s.Length; i++)
        {
            if (s[i] < '0' || s[i] > '9') return false;
        }

        return true;
    }
}
