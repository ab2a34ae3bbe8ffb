using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

/// <summary>What the boutique commits as <c>schema.graphql</c>: <see cref="SchemaPrinter.Print"/> of a code-first schema.</summary>
public sealed class PrintedSchemaTests
{
    public sealed class Review
    {
        public int Stars { get; init; }
        public DateTimeOffset PostedAt { get; init; }
    }

    /// <summary>The storefront's entry points.</summary>
    [QueryType]
    public static class ReviewQueries
    {
        /// <summary>Reviews, newest first.</summary>
        public static Review[] Reviews([GraphQLType("Int")] int? minStars) => Array.Empty<Review>();
    }

    [Fact]
    public void TheWholeSchemaPrintsInPrintSchemaLayoutWithTheToolkitScalars()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType(typeof(ReviewQueries)).Build();

        Assert.Equal(
            """"
            """
            The `DateTime` scalar type represents a date and time with an offset from UTC, as an RFC 3339 string such as `2024-05-01T12:30:00.000Z`.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

            type Query {
              """Reviews, newest first."""
              reviews(minStars: Int): [Review!]!
            }

            type Review {
              stars: Int!
              postedAt: DateTime!
            }
            """".ReplaceLineEndings("\n"),
            SchemaPrinter.Print(schema).TrimEnd('\n'));
    }
}
