using System.Security.Cryptography;
using System.Text;
using GraphQL.Client.Tests.Generated;
using GraphQL.Client.Tests.Infrastructure;

namespace GraphQL.Client.Tests.Runtime;

/// <summary>The build writes each operation's document as &lt;hash&gt;.graphql (GraphQLPersistedOperationsOutput).</summary>
public class PersistedOperationsTests
{
    [Fact]
    public void HashIsTheSha256OfTheDocument()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(GetProductsQuery.Document)));

        Assert.Equal(GetProductsQuery.Hash, hash);
    }

    [Fact]
    public void BuildWroteOneFilePerOperationNamedByItsHash()
    {
        var directory = Path.Combine(TestFiles.ProjectDirectory(), "obj", "persisted");

        foreach (var (hash, document) in TestClientPersistedOperations.Documents)
        {
            Assert.Equal(document, File.ReadAllText(Path.Combine(directory, hash + ".graphql")));
        }

        Assert.Equal(5, TestClientPersistedOperations.Documents.Count);
    }

    [Fact]
    public void DocumentIncludesItsFragmentsAndTypenamesOfAbstractSelections()
    {
        var canonical =
            """
            query GetProduct($id: ID!, $withTags: Boolean! = false) {
              product(id: $id) {
                ...ProductCard
                tags @include(if: $withTags)
                compareAtPrice
                sku
                stock
                imageUrl
                releaseDate
                metadata
                rating
              }
            }

            fragment ProductCard on Product {
              id
              name
              status
              category {
                name
              }
            }
            """.Replace("\r\n", "\n");

        Assert.Equal(GetProductQuery.Document, canonical);
        Assert.Contains("errors {\n      __typename\n", AddToCartMutation.Document);
    }
}
