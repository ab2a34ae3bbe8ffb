using System;
using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// The implicit fields of spec §4.1 and §4.2 as validation sees them: <c>__typename: String!</c> on every
/// composite type, <c>__schema: __Schema!</c> and <c>__type(name: String!): __Type</c> on the query root
/// (only when the schema has the introspection types). Built once per schema.
/// </summary>
internal sealed class MetaFields
{
    private static readonly ConditionalWeakTable<Schema, MetaFields> Cache = new();

    private MetaFields(Schema schema)
    {
        var stringType = schema.GetType("String") as ScalarType ?? new TypeNameScalar();
        TypeName = new FieldDefinition("__typename", stringType.AsNonNull());
        if (schema.GetType("__Schema") is ObjectType schemaType)
        {
            Schema = new FieldDefinition("__schema", schemaType.AsNonNull());
        }

        if (schema.GetType("__Type") is ObjectType typeType)
        {
            Type = new FieldDefinition("__type", typeType)
            {
                Arguments = new[] { new InputValueDefinition("name", stringType.AsNonNull()) },
            };
        }
    }

    public FieldDefinition TypeName { get; }
    public FieldDefinition? Schema { get; }
    public FieldDefinition? Type { get; }

    public static MetaFields For(Schema schema) => Cache.GetValue(schema, s => new MetaFields(s));

    /// <summary>Stands in for <c>String</c> in a schema that has no such type (it can only be named by __typename).</summary>
    private sealed class TypeNameScalar : ScalarType
    {
        public TypeNameScalar() : base("String") { }

        public override object ParseLiteral(ValueNode literal) =>
            literal is StringValueNode s ? s.Value : throw new CoercionException("String cannot represent a non string value: " + ValuePrinter.Print(literal));

        public override object ParseValue(object input) => input as string ?? throw new CoercionException("String cannot represent a non string value.");

        public override object Serialize(object value) => value.ToString() ?? string.Empty;

        public override ValueNode ToLiteral(object value) => new StringValueNode(Convert.ToString(value) ?? string.Empty);
    }
}
