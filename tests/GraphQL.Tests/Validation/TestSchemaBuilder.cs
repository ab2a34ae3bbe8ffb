using System;
using System.Collections.Generic;
using System.Globalization;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Validation;

/// <summary>
/// Builds the schemas of the validation tests from SDL with the type system constructors, so the tests do
/// not depend on the SDL schema builder. Built-in scalars here coerce literals exactly as graphql-js does.
/// </summary>
internal static class TestSchemaBuilder
{
    public static Schema FromSdl(string sdl)
    {
        var document = Parser.Parse(sdl + IntrospectionSdl);
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars()) types.Add(scalar.Name, scalar);

        GraphQLType Resolve(TypeNode node) => node switch
        {
            NonNullTypeNode nn => new NonNullType(Resolve(nn.Type)),
            ListTypeNode list => new ListType(Resolve(list.Type)),
            _ => types[((NamedTypeNode)node).Name.Value],
        };

        InputValueDefinition Input(InputValueDefinitionNode node) =>
            new(node.Name.Value, Resolve(node.Type)) { DefaultValue = node.DefaultValue };

        IEnumerable<FieldDefinition> Fields(IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var field in fields)
            {
                var args = new List<InputValueDefinition>();
                foreach (var arg in field.Arguments) args.Add(Input(arg));
                yield return new FieldDefinition(field.Name.Value, Resolve(field.Type)) { Arguments = args };
            }
        }

        IEnumerable<InterfaceType> Interfaces(IReadOnlyList<NamedTypeNode> names)
        {
            foreach (var name in names) yield return (InterfaceType)types[name.Name.Value];
        }

        var directives = new List<DirectiveDefinition>(BuiltInDirectives(types));
        SchemaDefinitionNode? schemaDefinition = null;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    types.Add(o.Name.Value, new ObjectType(o.Name.Value, () => Fields(o.Fields), () => Interfaces(o.Interfaces)));
                    break;
                case InterfaceTypeDefinitionNode i:
                    types.Add(i.Name.Value, new InterfaceType(i.Name.Value, () => Fields(i.Fields), () => Interfaces(i.Interfaces)));
                    break;
                case UnionTypeDefinitionNode u:
                    types.Add(u.Name.Value, new UnionType(u.Name.Value, () => Members(u.Types)));
                    break;
                case EnumTypeDefinitionNode e:
                    var values = new List<EnumValueDefinition>();
                    foreach (var value in e.Values) values.Add(new EnumValueDefinition(value.Name.Value));
                    types.Add(e.Name.Value, new EnumType(e.Name.Value, values));
                    break;
                case InputObjectTypeDefinitionNode input:
                    var isOneOf = false;
                    foreach (var d in input.Directives) isOneOf |= d.Name.Value == "oneOf";
                    types.Add(input.Name.Value, new InputObjectType(input.Name.Value, () => InputFields(input.Fields)) { IsOneOf = isOneOf });
                    break;
                case ScalarTypeDefinitionNode s:
                    types.Add(s.Name.Value, new AnyScalar(s.Name.Value));
                    break;
                case SchemaDefinitionNode s:
                    schemaDefinition = s;
                    break;
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode d) continue;
            var locations = DirectiveLocation.None;
            foreach (var location in d.Locations) locations |= ParseLocation(location.Value);
            var args = new List<InputValueDefinition>();
            foreach (var arg in d.Arguments) args.Add(Input(arg));
            directives.RemoveAll(x => x.Name == d.Name.Value);
            directives.Add(new DirectiveDefinition(d.Name.Value, locations) { Arguments = args, IsRepeatable = d.Repeatable });
        }

        IEnumerable<ObjectType> Members(IReadOnlyList<NamedTypeNode> names)
        {
            foreach (var name in names) yield return (ObjectType)types[name.Name.Value];
        }

        IEnumerable<InputValueDefinition> InputFields(IReadOnlyList<InputValueDefinitionNode> fields)
        {
            foreach (var field in fields) yield return Input(field);
        }

        string? RootName(OperationType operation, string fallback)
        {
            if (schemaDefinition is null) return types.ContainsKey(fallback) ? fallback : null;
            foreach (var op in schemaDefinition.OperationTypes)
            {
                if (op.Operation == operation) return op.Type.Name.Value;
            }

            return null;
        }

        ObjectType? Root(OperationType operation, string fallback) =>
            RootName(operation, fallback) is { } name ? (ObjectType)types[name] : null;

        return new Schema(new SchemaOptions
        {
            Query = Root(OperationType.Query, "Query"),
            Mutation = Root(OperationType.Mutation, "Mutation"),
            Subscription = Root(OperationType.Subscription, "Subscription"),
            Types = new List<NamedType>(types.Values),
            DirectiveDefinitions = directives,
            SkipValidation = true,
        });
    }

    /// <summary>The introspection types of spec §4.2, so that __schema and __type can be validated.</summary>
    private const string IntrospectionSdl = @"
type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type subscriptionType: __Type directives: [__Directive!]! }
type __Type { kind: __TypeKind! name: String description: String specifiedByURL: String fields(includeDeprecated: Boolean = false): [__Field!]
  interfaces: [__Type!] possibleTypes: [__Type!] enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
  inputFields(includeDeprecated: Boolean = false): [__InputValue!] ofType: __Type isOneOf: Boolean }
enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
type __Field { name: String! description: String args(includeDeprecated: Boolean = false): [__InputValue!]! type: __Type! isDeprecated: Boolean! deprecationReason: String }
type __InputValue { name: String! description: String type: __Type! defaultValue: String isDeprecated: Boolean! deprecationReason: String }
type __EnumValue { name: String! description: String isDeprecated: Boolean! deprecationReason: String }
type __Directive { name: String! description: String isRepeatable: Boolean! locations: [__DirectiveLocation!]! args(includeDeprecated: Boolean = false): [__InputValue!]! }
enum __DirectiveLocation { QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION
  SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION }
";

    private static DirectiveLocation ParseLocation(string name)
    {
        var pascal = string.Concat(Array.ConvertAll(name.Split('_'), p => p.Substring(0, 1) + p.Substring(1).ToLowerInvariant()));
        return (DirectiveLocation)Enum.Parse(typeof(DirectiveLocation), pascal);
    }

    private static IEnumerable<ScalarType> BuiltInScalars()
    {
        yield return new LiteralScalar("String", l => l is StringValueNode s ? s.Value : null, "String cannot represent a non string value: ");
        yield return new LiteralScalar("Int", ParseInt, "Int cannot represent non-integer value: ");
        yield return new LiteralScalar("Float", l => l is FloatValueNode or IntValueNode ? l : null, "Float cannot represent non numeric value: ");
        yield return new LiteralScalar("Boolean", l => l is BooleanValueNode b ? b.Value : null, "Boolean cannot represent a non boolean value: ");
        yield return new LiteralScalar("ID", l => l is StringValueNode or IntValueNode ? l : null, "ID cannot represent a non-string and non-integer value: ");
    }

    private static object? ParseInt(ValueNode literal)
    {
        if (literal is not IntValueNode i) return null;
        if (!int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new CoercionException("Int cannot represent non 32-bit signed integer value: " + i.Value);
        }

        return value;
    }

    private static IEnumerable<DirectiveDefinition> BuiltInDirectives(Dictionary<string, NamedType> types)
    {
        var nonNullBoolean = new NonNullType(types["Boolean"]);
        var where = DirectiveLocation.Field | DirectiveLocation.FragmentSpread | DirectiveLocation.InlineFragment;
        yield return new DirectiveDefinition("skip", where) { Arguments = new[] { new InputValueDefinition("if", nonNullBoolean) }, IsBuiltIn = true };
        yield return new DirectiveDefinition("include", where) { Arguments = new[] { new InputValueDefinition("if", nonNullBoolean) }, IsBuiltIn = true };
        yield return new DirectiveDefinition(
            "deprecated",
            DirectiveLocation.FieldDefinition | DirectiveLocation.ArgumentDefinition | DirectiveLocation.InputFieldDefinition | DirectiveLocation.EnumValue)
        {
            Arguments = new[] { new InputValueDefinition("reason", types["String"]) { DefaultValue = new StringValueNode("No longer supported") } },
            IsBuiltIn = true,
        };
        yield return new DirectiveDefinition("specifiedBy", DirectiveLocation.Scalar)
        {
            Arguments = new[] { new InputValueDefinition("url", new NonNullType(types["String"])) },
            IsBuiltIn = true,
        };
        yield return new DirectiveDefinition("oneOf", DirectiveLocation.InputObject) { IsBuiltIn = true };
    }

    /// <summary>A scalar whose literal coercion is a function; a null result is an error with the graphql-js wording.</summary>
    private sealed class LiteralScalar : ScalarType
    {
        private readonly Func<ValueNode, object?> _parse;
        private readonly string _error;

        public LiteralScalar(string name, Func<ValueNode, object?> parse, string error) : base(name)
        {
            _parse = parse;
            _error = error;
        }

        public override object ParseLiteral(ValueNode literal) =>
            _parse(literal) ?? throw new CoercionException(_error + literal);

        public override object ParseValue(object input) => input;

        public override object Serialize(object value) => value;

        public override ValueNode ToLiteral(object value) => new StringValueNode(value.ToString() ?? string.Empty);
    }

    /// <summary>A custom scalar with no literal rules (graphql-js's default accepts any literal).</summary>
    private sealed class AnyScalar : ScalarType
    {
        public AnyScalar(string name) : base(name) { }

        public override object ParseLiteral(ValueNode literal) => literal;

        public override object ParseValue(object input) => input;

        public override object Serialize(object value) => value;

        public override ValueNode ToLiteral(object value) => new StringValueNode(value.ToString() ?? string.Empty);
    }
}
