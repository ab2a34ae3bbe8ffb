using System;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// <c>UUID</c>: an RFC 9562 identifier, runtime <see cref="Guid"/>, written in the hyphenated
/// lower-case form (<c>D</c>): <c>9b2f7b2c-8c4e-4d3e-9a51-0f7c2d1e5a60</c>. Input accepts the
/// hyphenated form only, so that one value has one spelling.
/// </summary>
public sealed class UuidType : ScalarType
{
    internal UuidType()
        : base("UUID", "The `UUID` scalar type represents a universally unique identifier (RFC 9562) as a hyphenated string such as `9b2f7b2c-8c4e-4d3e-9a51-0f7c2d1e5a60`.", "https://www.rfc-editor.org/rfc/rfc9562")
    {
    }

    public override Type RuntimeType => typeof(Guid);

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : ScalarHelpers.Throw<object>("UUID cannot represent a non string value: " + ScalarHelpers.Print(literal));

    public override object ParseValue(object input) => input switch
    {
        string s => Parse(s),
        Guid => input,
        _ => ScalarHelpers.Throw<object>("UUID cannot represent a non string value: " + Inspect.Value(input)),
    };

    public override object Serialize(object value) => value switch
    {
        Guid g => g.ToString("D"),
        string s => ((Guid)Parse(s)).ToString("D"),
        _ => ScalarHelpers.Throw<object>("UUID cannot represent value: " + Inspect.Value(value)),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));

    private static object Parse(string s) =>
        Guid.TryParseExact(s, "D", out var g)
            ? g
            : ScalarHelpers.Throw<object>("UUID cannot represent an invalid UUID string: " + Inspect.Value(s));
}
