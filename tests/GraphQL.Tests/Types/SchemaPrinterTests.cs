using GraphQL.Types;

namespace GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    private const string KitchenSink = """"
        "The schema"
        schema { query: Root mutation: Mutation subscription: Subscription }

        "A directive"
        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE | SCALAR
        directive @cost(
          "How much"
          weight: Int = 1
        ) on FIELD_DEFINITION | OBJECT

        type Root implements Node & Named @tag(name: "root") {
          id: ID!
          name: String
          "Finds things"
          search(
            "What to look for"
            text: String = "all"
            first: Int = 10
          ): [SearchResult!]!
          old: String @deprecated
          older(arg: Int @deprecated(reason: "nope")): String @deprecated(reason: "Use `name`.")
          price(currency: Currency = EUR, filter: Filter = {min: 1.0}): Decimal
          when: DateTime
        }
        extend type Root { extra: Long }

        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        extend interface Named @tag(name: "x")

        """
        A union
        spanning lines
        """
        union SearchResult = Root | Product
        extend union SearchResult = Other

        type Product implements Node { id: ID! uuid: UUID url: URL day: Date }
        type Other { a: Int }

        enum Currency {
          "Euro"
          EUR
          USD @deprecated(reason: "gone")
          CHF
        }
        extend enum Currency { GBP }

        input Filter { min: Float max: Float = 100 tags: [String!] = "a" }
        extend input Filter { deep: Filter }
        input Choice @oneOf { id: ID name: String }

        scalar Json @specifiedBy(url: "https://example.com/json")
        extend scalar Json @tag(name: "j")

        type Mutation { upload(file: Upload!, choice: Choice): Boolean }
        type Subscription { ticks: Int }
        scalar Decimal scalar DateTime scalar Long scalar UUID scalar URL scalar Date scalar Upload
        """";

    [Fact]
    public void PrintsTheKitchenSinkInGraphQLJsLayoutSortedByName()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink));

        Assert.Equal(Snapshot("KitchenSink.graphql"), printed);
    }

    [Fact]
    public void PrintingWhatWasPrintedGivesTheSameText()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink));

        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed)));
    }

    [Fact]
    public void ConventionalRootNamesPrintNoSchemaBlock()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }"));

        Assert.Equal("type Mutation {\n  b: Int\n}\n\ntype Query {\n  a: Int\n}", printed);
    }

    [Theory]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("\n leading newline", "\"\\n leading newline\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    public void DescriptionsAreBlockStringsWhenTheyCanBe(string description, string expected)
    {
        var query = new ObjectType("Query", () => new[] { new FieldDefinition("a", BuiltInScalars.Int) }, description: description);

        var printed = SchemaPrinter.PrintType(query);

        Assert.Equal(expected + "\ntype Query {\n  a: Int\n}", printed);
    }

    private static string Snapshot(string name, [System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        System.IO.File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(source)!, "__snapshots__", name));
}
