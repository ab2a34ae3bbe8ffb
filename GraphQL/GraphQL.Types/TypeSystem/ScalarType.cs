using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A leaf value (spec §3.5). A scalar defines three coercions:
/// <list type="bullet">
/// <item>literal input coercion (<see cref="ParseLiteral"/>) of a constant value written in a document;</item>
/// <item>variable input coercion (<see cref="ParseValue"/>) of a value that arrived as JSON: the transport
/// hands over <c>null</c>, <see cref="string"/>, <see cref="bool"/>, a number (<see cref="int"/>,
/// <see cref="long"/>, <see cref="decimal"/> or <see cref="double"/>), <c>IReadOnlyList&lt;object?&gt;</c>
/// or <c>IReadOnlyDictionary&lt;string, object?&gt;</c>;</item>
/// <item>result coercion (<see cref="Serialize"/>) of a resolver's value to something JSON can carry.</item>
/// </list>
/// Each throws <see cref="CoercionException"/> with a sentence a client can act on; none is ever
/// called with <c>null</c> (null handling belongs to the caller, spec §3.5).
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(
        string name,
        string? description = null,
        string? specifiedByUrl = null,
        IReadOnlyList<DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL given by <c>@specifiedBy</c> (spec §3.13.4), shown by introspection.</summary>
    public string? SpecifiedByUrl { get; }

    /// <summary>The .NET type this scalar produces on input and expects on output.</summary>
    public virtual Type RuntimeType => typeof(object);

    /// <summary>Coerces a constant literal (never a variable, never <c>null</c>) to the runtime value.</summary>
    public abstract object ParseLiteral(ValueNode literal);

    /// <summary>Coerces a non-null variable value, as delivered by the transport, to the runtime value.</summary>
    public abstract object ParseValue(object input);

    /// <summary>Coerces a non-null runtime value to a JSON-compatible value for the response.</summary>
    public abstract object Serialize(object value);

    /// <summary>Writes a runtime value as a literal (default values in SDL and introspection).</summary>
    public abstract ValueNode ToLiteral(object value);

    /// <summary>True when <paramref name="literal"/> coerces; used by validation (spec §5.6.1).</summary>
    public bool IsValidLiteral(ValueNode literal, out string? error)
    {
        try
        {
            ParseLiteral(literal);
            error = null;
            return true;
        }
        catch (CoercionException ex)
        {
            error = ex.Message;
            return false;
        }
    }
}

/// <summary>A value could not be coerced to or from a GraphQL type; the message is shown to the client.</summary>
public sealed class CoercionException : Exception
{
    public CoercionException(string message) : base(message) { }

    public CoercionException(string message, Exception inner) : base(message, inner) { }
}
