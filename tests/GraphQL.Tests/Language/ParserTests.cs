using System.Linq;
using System.Text;
using GraphQL.Language;

namespace GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void TheKitchenSinkQueryParses()
    {
        var document = Parser.Parse(KitchenSink.Query);
        Assert.Equal(7, document.Definitions.Count);
    }

    [Fact]
    public void TheKitchenSinkSchemaParses()
    {
        var document = Parser.Parse(KitchenSink.Schema);
        Assert.Equal(38, document.Definitions.Count);
    }

    [Fact]
    public void ParsingAStringAndItsUtf8BytesGivesEqualTreesWithEqualLocations()
    {
        foreach (var source in new[] { KitchenSink.Query, KitchenSink.Schema, "{ a(s: \"caf\u00E9 \U0001F600\") b }" })
        {
            var fromString = Parser.Parse(source);
            var fromBytes = Parser.Parse(Encoding.UTF8.GetBytes(source));
            SyntaxAssert.Equal(fromString, fromBytes);
            Assert.Equal(LocationsOf(fromString), LocationsOf(fromBytes));
        }
    }

    [Fact]
    public void TheShorthandQueryIsAnAnonymousQueryOperation()
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Parser.Parse("{ a }").Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Equal("a", ((FieldNode)operation.SelectionSet.Selections[0]).Name.Value);
    }

    [Fact]
    public void FieldsKeepAliasArgumentsDirectivesAndSelections()
    {
        var document = Parser.Parse("{ alias: field(a: 1, b: $v) @skip(if: true) { sub } }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(("alias", "field", "alias"), (field.Alias!.Value, field.Name.Value, field.ResponseName));
        Assert.Equal(new[] { "a", "b" }, field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("1", Assert.IsType<IntValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal("skip", field.Directives.Single().Name.Value);
        Assert.Equal("sub", ((FieldNode)field.SelectionSet!.Selections[0]).Name.Value);
    }

    [Fact]
    public void KeywordsAreValidFieldAndArgumentNames()
    {
        var document = Parser.Parse("{ query mutation subscription fragment on type schema extend true(null: false) }");
        var names = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections
            .Cast<FieldNode>().Select(f => f.Name.Value);
        Assert.Equal(new[] { "query", "mutation", "subscription", "fragment", "on", "type", "schema", "extend", "true" }, names);
    }

    [Fact]
    public void FragmentSpreadsAndInlineFragmentsAreToldApart()
    {
        var selections = ((OperationDefinitionNode)Parser.Parse("{ ...F @d ... on T { a } ... @d { b } ... { c } }")
            .Definitions[0]).SelectionSet.Selections;
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        Assert.Single(((InlineFragmentNode)selections[2]).Directives);
        Assert.Empty(Assert.IsType<InlineFragmentNode>(selections[3]).Directives);
    }

    /// <summary>Spec §2.2 (September 2025): operations, fragments and variable definitions may carry a description.</summary>
    [Fact]
    public void ExecutableDefinitionsAndVariablesKeepTheirDescriptions()
    {
        var document = Parser.Parse("\"\"\"Loads a hero.\"\"\"\nquery Q(\"The id.\" $id: ID, $b: Int) { f }\n\"A fragment.\" fragment F on T { a }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("Loads a hero.", operation.Description!.Value);
        Assert.True(operation.Description.Block);
        Assert.Equal(1, operation.Location!.Value.Line);
        Assert.Equal(1, operation.Location.Value.Column);
        Assert.Equal("The id.", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal(9, operation.VariableDefinitions[0].Location!.Value.Column);
        Assert.Null(operation.VariableDefinitions[1].Description);
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.Equal("A fragment.", fragment.Description!.Value);
        Assert.Equal(3, fragment.Location!.Value.Line);
        Assert.Equal(1, fragment.Location.Value.Column);
    }

    [Fact]
    public void DefinitionsWithoutADescriptionHaveNone()
    {
        var document = Parser.Parse("query Q($a: Int) { f } fragment F on T { a } { g }");
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).Description);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).VariableDefinitions[0].Description);
        Assert.Null(((FragmentDefinitionNode)document.Definitions[1]).Description);
        Assert.Null(((OperationDefinitionNode)document.Definitions[2]).Description);
    }

    [Fact]
    public void VariableDefinitionsHaveTypesDefaultsAndDirectives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query Q($a: [Int!]! = [1] @d, $b: String) { f }").Definitions[0];
        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(a.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("Int", a.Type.NamedType.Name.Value);
        Assert.IsType<ListValueNode>(a.DefaultValue);
        Assert.Equal("d", a.Directives.Single().Name.Value);
        Assert.Null(operation.VariableDefinitions[1].DefaultValue);
    }

    [Fact]
    public void ValuesOfEveryKindParse()
    {
        Assert.IsType<IntValueNode>(Parser.ParseValue("-0"));
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(Parser.ParseValue("1.5e3")).Value);
        Assert.True(Assert.IsType<BooleanValueNode>(Parser.ParseValue("true")).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(Parser.ParseValue("false")).Value);
        Assert.IsType<NullValueNode>(Parser.ParseValue("null"));
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(Parser.ParseValue("RED")).Value);
        Assert.Equal("x", Assert.IsType<VariableNode>(Parser.ParseValue("$x")).Name.Value);
        var block = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"\n  a\n    b\n\"\"\""));
        Assert.Equal(("a\n  b", true), (block.Value, block.Block));
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\" [] {}]"));
        Assert.Equal(4, list.Items.Count);
        var obj = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: 1, b: {c: [$v]}}"));
        Assert.Equal(new[] { "a", "b" }, obj.Fields.Select(f => f.Name.Value));
    }

    [Fact]
    public void TypeReferencesNestListsAndNonNulls()
    {
        var type = Parser.ParseType("[[String!]]!");
        Assert.Equal("[[String!]]!", type.ToString());
        Assert.Equal("String", type.NamedType.Name.Value);
        Assert.IsType<NamedTypeNode>(Parser.ParseType("MyType"));
    }

    [Fact]
    public void SchemaDefinitionsCarryDescriptionsDirectivesAndRootTypes()
    {
        var schema = (SchemaDefinitionNode)Parser.Parse("\"The schema\" schema @a { query: Q mutation: M }").Definitions[0];
        Assert.Equal(("The schema", false), (schema.Description!.Value, schema.Description.Block));
        Assert.Equal("a", schema.Directives.Single().Name.Value);
        Assert.Equal(new[] { OperationType.Query, OperationType.Mutation }, schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("M", schema.OperationTypes[1].Type.Name.Value);
    }

    [Fact]
    public void InterfacesMayImplementInterfacesWithALeadingAmpersand()
    {
        var type = (InterfaceTypeDefinitionNode)Parser.Parse("interface A implements & B & C { f: Int }").Definitions[0];
        Assert.Equal(new[] { "B", "C" }, type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void UnionMembersMayStartWithAPipe()
    {
        var union = (UnionTypeDefinitionNode)Parser.Parse("union U = | A | B").Definitions[0];
        Assert.Equal(new[] { "A", "B" }, union.Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void DirectiveDefinitionsMayBeRepeatable()
    {
        var directive = (DirectiveDefinitionNode)Parser.Parse(
            "\"d\" directive @key(fields: String! = \"id\") repeatable on | OBJECT | INTERFACE").Definitions[0];
        Assert.True(directive.Repeatable);
        Assert.Equal("key", directive.Name.Value);
        Assert.Equal("\"id\"", directive.Arguments[0].DefaultValue!.ToString());
        Assert.Equal(new[] { "OBJECT", "INTERFACE" }, directive.Locations.Select(l => l.Value));
        Assert.False(((DirectiveDefinitionNode)Parser.Parse("directive @a on FIELD").Definitions[0]).Repeatable);
    }

    [Fact]
    public void TypesWithoutBodiesAreAllowed()
    {
        var document = Parser.Parse("type A interface B union C enum D input E scalar F");
        Assert.Equal(6, document.Definitions.Count);
        Assert.Empty(((ObjectTypeDefinitionNode)document.Definitions[0]).Fields);
    }

    [Fact]
    public void ExtensionsKeepWhatTheyAdd()
    {
        var document = Parser.Parse("extend type A implements B @d { f: Int } extend schema @s extend union U = X extend input I @d");
        var type = (ObjectTypeExtensionNode)document.Definitions[0];
        Assert.Equal(("A", "B", "d", "f"), (type.Name.Value, type.Interfaces[0].Name.Value, type.Directives[0].Name.Value, type.Fields[0].Name.Value));
        Assert.IsType<SchemaExtensionNode>(document.Definitions[1]);
        Assert.Equal("X", ((UnionTypeExtensionNode)document.Definitions[2]).Types[0].Name.Value);
        Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[3]);
    }

    [Fact]
    public void DescriptionsAttachToFieldsArgumentsAndEnumValues()
    {
        var document = Parser.Parse("type A { \"f\" f(\"\"\"arg\"\"\" a: Int): Int } enum E { \"v\" V }");
        var field = ((ObjectTypeDefinitionNode)document.Definitions[0]).Fields[0];
        Assert.Equal("f", field.Description!.Value);
        Assert.Equal(("arg", true), (field.Arguments[0].Description!.Value, field.Arguments[0].Description!.Block));
        Assert.Equal("v", ((EnumTypeDefinitionNode)document.Definitions[1]).Values[0].Description!.Value);
    }

    [Fact]
    public void NodesRecordWhereTheyStartAndEnd()
    {
        var source = "query Q {\n  node(id: 4) { id }\n}";
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(12, 30, 2, 3), field.Location);
        Assert.Equal(new Location(17, 22, 2, 8), field.Arguments[0].Location);
        Assert.Equal(new Location(21, 22, 2, 12), field.Arguments[0].Value.Location);
        Assert.Equal(new Location(24, 30, 2, 15), field.SelectionSet!.Location);
    }

    [Fact]
    public void TypeDefinitionLocationsStartAtTheirDescription()
    {
        var source = "# c\n\"\"\"d\"\"\"\ntype A { f: [Int]! }";
        var type = (ObjectTypeDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(new Location(4, source.Length, 2, 1), type.Location);
        var fieldType = type.Fields[0].Type;
        Assert.Equal(new Location(24, 30, 3, 13), fieldType.Location);
    }

    [Fact]
    public void NoLocationsLeavesEveryLocationNull()
    {
        var document = Parser.Parse(KitchenSink.Query, new ParserOptions { NoLocations = true });
        Assert.All(LocationsOf(document), location => Assert.Null(location));
        SyntaxAssert.Equal(Parser.Parse(KitchenSink.Query), document);
    }

    [Fact]
    public void TheSameNameIsSharedBetweenNodes()
    {
        var document = Parser.Parse("{ someFieldName someFieldName }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Same(((FieldNode)selections[0]).Name.Value, ((FieldNode)selections[1]).Name.Value);
    }

    [Fact]
    public void ALargeDocumentParsesFromAPooledBuffer()
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < 2000; i++) builder.Append(" field").Append(i).Append("(arg: \"caf\u00E9\")");
        builder.Append(" }");
        var document = Parser.Parse(builder.ToString());
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal(2000, selections.Count);
        Assert.Equal("caf\u00E9", ((StringValueNode)((FieldNode)selections[1999]).Arguments[0].Value).Value);
    }

    internal static System.Collections.Generic.List<Location?> LocationsOf(SyntaxNode root)
    {
        var locations = new System.Collections.Generic.List<Location?>();
        var pending = new System.Collections.Generic.Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            locations.Add(node.Location);
            foreach (var child in node.GetNodes()) pending.Push(child);
        }

        return locations;
    }
}
