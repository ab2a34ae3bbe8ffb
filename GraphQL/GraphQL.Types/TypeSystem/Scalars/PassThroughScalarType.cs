using System;
using System.Collections.Generic;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A custom scalar whose behaviour the schema does not know (an SDL <c>scalar Foo</c> with no
/// implementation given): any literal or variable value is accepted as-is and any result is
/// written as-is. Literals become plain CLR values: <see cref="int"/>/<see cref="long"/>/
/// <see cref="decimal"/>, <see cref="double"/>, <see cref="string"/>, <see cref="bool"/>,
/// <c>object?[]</c> and <c>Dictionary&lt;string, object?&gt;</c>; enum literals become their names.
/// </summary>
public sealed class PassThroughScalarType : ScalarType
{
    public PassThroughScalarType(
        string name,
        string? description = null,
        string? specifiedByUrl = null,
        IReadOnlyList<DirectiveNode>? directives = null)
        : base(name, description, specifiedByUrl, directives)
    {
    }

    public override object ParseLiteral(ValueNode literal) =>
        UntypedValues.FromLiteral(literal, null) ?? ScalarHelpers.Throw<object>(Name + " cannot represent null.");

    public override object ParseValue(object input) => input;

    public override object Serialize(object value) => value;

    public override ValueNode ToLiteral(object value) => UntypedValues.ToLiteral(value);
}
