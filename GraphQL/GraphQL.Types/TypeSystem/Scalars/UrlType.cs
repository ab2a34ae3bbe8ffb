using System;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary><c>URL</c>: an absolute URI (RFC 3986), runtime <see cref="Uri"/>, written as its absolute text.</summary>
public sealed class UrlType : ScalarType
{
    internal UrlType()
        : base("URL", "The `URL` scalar type represents an absolute URI (RFC 3986) such as `https://example.com/a?b=c`.", "https://www.rfc-editor.org/rfc/rfc3986")
    {
    }

    public override Type RuntimeType => typeof(Uri);

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? Parse(s.Value)
            : ScalarHelpers.Throw<object>("URL cannot represent a non string value: " + ScalarHelpers.Print(literal));

    public override object ParseValue(object input) => input switch
    {
        string s => Parse(s),
        Uri { IsAbsoluteUri: true } => input,
        _ => ScalarHelpers.Throw<object>("URL cannot represent a non string value: " + Inspect.Value(input)),
    };

    public override object Serialize(object value) => value switch
    {
        Uri { IsAbsoluteUri: true } u => u.AbsoluteUri,
        string s => ((Uri)Parse(s)).AbsoluteUri,
        _ => ScalarHelpers.Throw<object>("URL cannot represent value: " + Inspect.Value(value)),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));

    private static object Parse(string s) =>
        s.Length > 0 && Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0 && s.IndexOf(' ') < 0
            ? uri
            : ScalarHelpers.Throw<object>("URL cannot represent an invalid absolute URL: " + Inspect.Value(s));
}
