namespace GraphQL.Tests.CodeFirst;

public sealed class XmlDocumentationTests
{
    /// <summary>
    /// Something for sale, see <see cref="Documented"/>.
    /// </summary>
    public sealed class Documented
    {
        /// <summary>The name shown to shoppers.</summary>
        public string Name { get; set; } = "";

        [GraphQLDescription("The attribute wins.")]
        public int Rank { get; set; }

        /// <summary>The price in <paramref name="currency"/>.</summary>
        /// <param name="currency">An ISO 4217 code.</param>
        public decimal Price(string currency) => 0;
    }

    /// <summary>How far along a product is.</summary>
    public enum Stage
    {
        /// <summary>Not visible yet.</summary>
        Draft,
    }

    /// <summary>A filter.</summary>
    /// <param name="Text">What to look for.</param>
    public sealed record Filter(string Text);

    [QueryType]
    public static class DocumentedQueries
    {
        /// <summary>
        /// One product
        /// by its stage.
        /// </summary>
        public static Documented? Product(Stage stage, Filter? filter) => null;
    }

    [Fact]
    public void DescriptionsComeFromXmlDocumentationUnlessAnAttributeGivesOne()
    {
        var schema = new CodeFirstSchemaBuilder().AddTypeExtension(typeof(DocumentedQueries)).Build();

        Assert.Equal(
            """"
            """Something for sale, see Documented."""
            type Documented {
              """The name shown to shoppers."""
              name: String!

              """The attribute wins."""
              rank: Int!

              """The price in currency."""
              price(
                """An ISO 4217 code."""
                currency: String!
              ): Decimal!
            }

            """A filter."""
            input FilterInput {
              """What to look for."""
              text: String!
            }

            type Query {
              """One product by its stage."""
              product(stage: Stage!, filter: FilterInput): Documented
            }

            """How far along a product is."""
            enum Stage {
              """Not visible yet."""
              DRAFT
            }

            """".ReplaceLineEndings("\n"),
            Sdl.Print(schema));
    }
}
