using System;

namespace GraphQL.Language;

/// <summary>ExecutableDirectiveLocation and TypeSystemDirectiveLocation names (spec §3.13).</summary>
internal static class DirectiveLocations
{
    public static bool IsKnown(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("QUERY"u8) || name.SequenceEqual("MUTATION"u8) || name.SequenceEqual("SUBSCRIPTION"u8)
        || name.SequenceEqual("FIELD"u8) || name.SequenceEqual("FRAGMENT_DEFINITION"u8)
        || name.SequenceEqual("FRAGMENT_SPREAD"u8) || name.SequenceEqual("INLINE_FRAGMENT"u8)
        || name.SequenceEqual("VARIABLE_DEFINITION"u8) || name.SequenceEqual("SCHEMA"u8)
        || name.SequenceEqual("SCALAR"u8) || name.SequenceEqual("OBJECT"u8) || name.SequenceEqual("FIELD_DEFINITION"u8)
        || name.SequenceEqual("ARGUMENT_DEFINITION"u8) || name.SequenceEqual("INTERFACE"u8)
        || name.SequenceEqual("UNION"u8) || name.SequenceEqual("ENUM"u8) || name.SequenceEqual("ENUM_VALUE"u8)
        || name.SequenceEqual("INPUT_OBJECT"u8) || name.SequenceEqual("INPUT_FIELD_DEFINITION"u8);
}
