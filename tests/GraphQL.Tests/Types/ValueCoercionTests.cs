using System.Collections.Generic;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class ValueCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { a(p: Product, c: Choice, l: [Int], nn: [Int!]!, e: Color): Int }
        input Product { name: String! price: Float = 9.5 tags: [String] nested: Nested }
        input Nested { color: Color = RED n: Int }
        input Choice @oneOf { id: ID name: String }
        enum Color { RED GREEN }
        """);

    private static GraphQLType Arg(string name) => Schema.QueryType.Fields["a"]!.GetArgument(name)!.Type;

    private static object? Literal(string text, string arg, Dictionary<string, object?>? variables = null) =>
        ValueCoercion.CoerceInputLiteral(Parser.ParseValue(text), Arg(arg), variables);

    [Fact]
    public void InputObjectLiteralsGetDefaultsForOmittedFields()
    {
        var value = (Dictionary<string, object?>)Literal("{name: \"x\", nested: {}}", "p")!;

        Assert.Equal("x", value["name"]);
        Assert.Equal(9.5, value["price"]);
        Assert.False(value.ContainsKey("tags"));
        Assert.Equal("RED", ((Dictionary<string, object?>)value["nested"]!)["color"]);
    }

    [Fact]
    public void ASingleValueWhereAListIsExpectedBecomesAListOfOne()
    {
        Assert.Equal(new object?[] { 1 }, Literal("1", "l"));
        Assert.Equal(new object?[] { 1 }, ValueCoercion.CoerceInputValue(1, Arg("l")));
    }

    [Fact]
    public void ListLiteralsCoerceEachItemAndMissingVariablesBecomeNull()
    {
        Assert.Equal(new object?[] { 1, null, 3 }, Literal("[1, $missing, $three]", "l", new() { ["three"] = 3 }));
    }

    [Fact]
    public void VariablesInsideLiteralsAreUsedAsCoerced()
    {
        var value = (Dictionary<string, object?>)Literal("{name: $n, price: $p}", "p", new() { ["n"] = "v" })!;

        Assert.Equal("v", value["name"]);
        Assert.Equal(9.5, value["price"]);
    }

    [Theory]
    [InlineData("{price: 1}", "p", "Field \"Product.name\" of required type \"String!\" was not provided.")]
    [InlineData("{name: \"x\", zzzzz: 1}", "p", "Field \"zzzzz\" is not defined by type \"Product\".")]
    [InlineData("{name: \"x\", nam: 1}", "p", "Field \"nam\" is not defined by type \"Product\". Did you mean \"name\"?")]
    [InlineData("{name: null}", "p", "Expected value of type \"String!\", found null.")]
    [InlineData("{name: \"x\", price: \"cheap\"}", "p", "Expected value of type \"Float\", found \"cheap\"; Float cannot represent non numeric value: \"cheap\"")]
    [InlineData("{id: 1, name: \"x\"}", "c", "OneOf Input Object \"Choice\" must specify exactly one key.")]
    [InlineData("{id: null}", "c", "Field \"Choice.id\" must be non-null.")]
    [InlineData("BLUE", "e", "Expected value of type \"Color\", found BLUE; Value \"BLUE\" does not exist in \"Color\" enum.")]
    [InlineData("\"RED\"", "e", "Expected value of type \"Color\", found \"RED\"; Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?")]
    [InlineData("[1, null]", "nn", "Expected value of type \"Int!\", found null.")]
    [InlineData("5", "p", "Expected value of type \"Product\", found 5.")]
    public void InvalidLiteralsAreRejected(string text, string arg, string message)
    {
        var ex = Assert.Throws<CoercionException>(() => Literal(text, arg));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void VariableValuesCoerceWithDefaultsEnumsAndLists()
    {
        var value = (Dictionary<string, object?>)ValueCoercion.CoerceInputValue(
            new Dictionary<string, object?> { ["name"] = "x", ["tags"] = "one", ["nested"] = new Dictionary<string, object?> { ["color"] = "GREEN" } },
            Arg("p"))!;

        Assert.Equal(9.5, value["price"]);
        Assert.Equal(new object?[] { "one" }, value["tags"]);
        Assert.Equal("GREEN", ((Dictionary<string, object?>)value["nested"]!)["color"]);
    }

    [Theory]
    [MemberData(nameof(InvalidVariables))]
    public void InvalidVariableValuesNameThePath(object? value, string arg, string[] messages)
    {
        var errors = new List<string>();

        ValueCoercion.CoerceVariableValue("input", value, Arg(arg), errors);

        Assert.Equal(messages, errors);
    }

    public static TheoryData<object?, string, string[]> InvalidVariables => new()
    {
        {
            new Dictionary<string, object?> { ["name"] = "x", ["price"] = "abc" }, "p",
            new[] { "Variable \"$input\" got invalid value \"abc\" at \"input.price\"; Float cannot represent non numeric value: \"abc\"" }
        },
        {
            new Dictionary<string, object?> { ["name"] = "x", ["tags"] = new object?[] { "a", 1 } }, "p",
            new[] { "Variable \"$input\" got invalid value 1 at \"input.tags[1]\"; String cannot represent a non string value: 1" }
        },
        {
            new Dictionary<string, object?> { ["price"] = 1, ["extra"] = true }, "p",
            new[]
            {
                "Variable \"$input\" got invalid value { price: 1, extra: true }; Field \"name\" of required type \"String!\" was not provided.",
                "Variable \"$input\" got invalid value { price: 1, extra: true }; Field \"extra\" is not defined by type \"Product\".",
            }
        },
        { "x", "p", new[] { "Variable \"$input\" got invalid value \"x\"; Expected type \"Product\" to be an object." } },
        { new object?[] { 1, null }, "nn", new[] { "Variable \"$input\" got invalid value null at \"input[1]\"; Expected non-nullable type \"Int!\" not to be null." } },
        {
            new Dictionary<string, object?> { ["id"] = "1", ["name"] = "n" }, "c",
            new[] { "Variable \"$input\" got invalid value { id: \"1\", name: \"n\" }; Exactly one key must be specified for OneOf type \"Choice\"." }
        },
        {
            new Dictionary<string, object?> { ["id"] = null }, "c",
            new[] { "Variable \"$input\" got invalid value null at \"input.id\"; Field \"id\" must be non-null." }
        },
        { "BLUE", "e", new[] { "Variable \"$input\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum." } },
        { "red", "e", new[] { "Variable \"$input\" got invalid value \"red\"; Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?" } },
    };

    [Fact]
    public void CoerceInputValueThrowsTheFirstProblemWithItsPath()
    {
        var ex = Assert.Throws<CoercionException>(() =>
            ValueCoercion.CoerceInputValue(new Dictionary<string, object?> { ["name"] = 1 }, Arg("p")));

        Assert.Equal("Invalid value 1 at \"value.name\": String cannot represent a non string value: 1", ex.Message);
    }

    [Fact]
    public void NullIsAValueForNullableTypesOnly()
    {
        Assert.Null(ValueCoercion.CoerceInputValue(null, Arg("l")));
        Assert.Null(Literal("null", "p"));
        Assert.Throws<CoercionException>(() => ValueCoercion.CoerceInputValue(null, Arg("nn")));
    }

    [Fact]
    public void AstFromValueWritesRuntimeValuesBack()
    {
        var value = new Dictionary<string, object?> { ["name"] = "x", ["price"] = 2.0, ["tags"] = new object?[] { "a", null } };

        Assert.Equal("{name: \"x\", price: 2, tags: [\"a\", null]}", Printer.Print(ValueCoercion.AstFromValue(value, Arg("p"))!));
        Assert.Equal("GREEN", Printer.Print(ValueCoercion.AstFromValue("GREEN", Arg("e"))!));
        Assert.Null(ValueCoercion.AstFromValue(null, BuiltInScalars.Int.AsNonNull()));
        Assert.Equal("[1]", Printer.Print(ValueCoercion.AstFromValue(new[] { 1 }, Arg("nn"))!));
    }

    [Fact]
    public void InputObjectFactoriesBuildTheRuntimeValue()
    {
        var point = new InputObjectType("Point", () => new[] { new InputValueDefinition("x", BuiltInScalars.Int) })
        {
            Factory = fields => (int)fields["x"]! * 10,
        };

        Assert.Equal(30, ValueCoercion.CoerceInputLiteral(Parser.ParseValue("{x: 3}"), point));
        Assert.Equal(40, ValueCoercion.CoerceInputValue(new Dictionary<string, object?> { ["x"] = 4 }, point));
    }
}
