using System.Collections.Generic;
using GraphQL.Client.Generator.Model;
using GraphQL.Types;

namespace GraphQL.Client.Generator.Analysis;

/// <summary>
/// C# types and JSON-writing statements for input positions (variables, input object fields), and the
/// schema's enums and input objects as generated types (spec §3.9 enums, §3.10 input objects).
/// </summary>
internal static class InputTypes
{
    /// <summary>The C# type of an input type: non-null as the type, nullable with <c>?</c>, lists as <c>IReadOnlyList</c>.</summary>
    public static string CSharpType(GraphQLType type, bool forceNullable = false)
    {
        if (type is NonNullType nonNull && !forceNullable) return NonNullType(nonNull.OfType);
        var inner = type is NonNullType n ? n.OfType : type;
        return NonNullType(inner) + "?";
    }

    private static string NonNullType(GraphQLType type) => type switch
    {
        ListType list => "global::System.Collections.Generic.IReadOnlyList<" + CSharpType(list.OfType) + ">",
        ScalarType scalar => ScalarMap.Get(scalar.Name).Type,
        NamedType named => named.Name,
        _ => "object",
    };

    /// <summary>Statements writing <paramref name="value"/> of input type <paramref name="type"/> to the JSON writer <paramref name="writer"/>.</summary>
    public static string WriteCode(GraphQLType type, string value, string writer, int depth = 0, bool forceNullable = false)
    {
        if (type is NonNullType nonNull && !forceNullable) return WriteNonNull(nonNull.OfType, value, writer, depth);
        var inner = type is NonNullType n ? n.OfType : type;
        var innerValue = IsValueType(inner) ? value + ".Value" : value;
        return "if (" + value + " is null) " + writer + ".WriteNullValue(); else { " + WriteNonNull(inner, innerValue, writer, depth) + " }";
    }

    internal static string WriteNonNull(GraphQLType type, string value, string writer, int depth)
    {
        switch (type)
        {
            case ListType list:
                var item = "item" + depth;
                return writer + ".WriteStartArray(); foreach (var " + item + " in " + value + ") { "
                    + WriteCode(list.OfType, item, writer, depth + 1) + " } " + writer + ".WriteEndArray();";
            case ScalarType scalar:
                return ScalarMap.Get(scalar.Name).Writer.Replace("{w}", writer).Replace("{v}", value);
            case EnumType e:
                return writer + ".WriteStringValue(" + e.Name + "Serializer.Format(" + value + "));";
            case InputObjectType:
                return value + ".WriteJson(" + writer + ");";
            default:
                return writer + ".WriteNullValue();";
        }
    }

    public static bool IsValueType(GraphQLType type) => type switch
    {
        ScalarType scalar => ScalarMap.Get(scalar.Name).IsValueType,
        EnumType => true,
        _ => false,
    };

    /// <summary>Every enum and input object of the schema (not introspection's), sorted by name.</summary>
    public static List<SchemaTypeModel> Build(Schema schema, string ns)
    {
        var result = new List<SchemaTypeModel>();
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", System.StringComparison.Ordinal)) continue;
            switch (type)
            {
                case EnumType e:
                {
                    var members = new List<SchemaMemberModel>();
                    foreach (var value in e.Values) members.Add(new SchemaMemberModel(value.Name, Names.EnumValue(value.Name), "", false, ""));
                    result.Add(new SchemaTypeModel(ns, e.Name, "enum", members.ToEquatableArray(), false));
                    break;
                }

                case InputObjectType input:
                {
                    var members = new List<SchemaMemberModel>();
                    foreach (var field in input.Fields)
                    {
                        // Required: non-null without a default (spec §3.10 input coercion); such a field is always written.
                        var required = field.Type is GraphQL.Types.NonNullType && !field.HasDefaultValue && !input.IsOneOf;
                        var propertyType = CSharpType(field.Type, forceNullable: !required);
                        var name = Names.Pascal(field.Name);
                        var write = WriteCode(field.Type, "_" + Names.Parameter(field.Name).TrimStart('@'), "writer", forceNullable: !required);
                        members.Add(new SchemaMemberModel(field.Name, name, propertyType, required, write));
                    }

                    result.Add(new SchemaTypeModel(ns, input.Name, "input", members.ToEquatableArray(), input.IsOneOf));
                    break;
                }
            }
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }
}
