using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

public sealed class SchemaShapeTests
{
    public enum ProductStatus
    {
        Draft,
        PendingApproval,
        Published,

        [Obsolete("Use Draft.")]
        Archived,

        [GraphQLIgnore]
        Internal,
    }

    public sealed class Product
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public decimal Price { get; set; }
        public decimal? CompareAtPrice { get; set; }
        public ProductStatus Status { get; set; }
        public IReadOnlyList<string> Tags { get; set; } = Array.Empty<string>();
        public List<string?>? Sizes { get; set; }
        public Guid Key { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateOnly? ReleasedOn { get; set; }
        public Uri? ImageUrl { get; set; }
        public long Views { get; set; }
        public double Rating { get; set; }
        public bool IsFeatured { get; set; }

        [GraphQLName("sku")]
        public string StockKeepingUnit { get; set; } = "";

        [GraphQLIgnore]
        public string Secret { get; set; } = "";

        public string GetDisplayName(bool upper = false) => upper ? Name.ToUpperInvariant() : Name;

        public void RemoveStock(int quantity) => _ = quantity;
    }

    [QueryType]
    public static class ProductQueries
    {
        public static IQueryable<Product> GetProducts() => Array.Empty<Product>().AsQueryable();

        public static Task<Product?> GetProductAsync(int id) => Task.FromResult<Product?>(null);

        public static Product[] GetFeatured(int first = 10, string? search = null, ProductStatus status = ProductStatus.Published) => Array.Empty<Product>();

        [GraphQLDeprecated("Use products.")]
        public static ValueTask<List<Product>> GetAllProducts() => new(new List<Product>());

        public static int[][] GetMatrix() => Array.Empty<int[]>();
    }

    [QueryType]
    public sealed class MoreQueries
    {
        public string Version => "1.0";

        public IAsyncEnumerable<int> GetNumbers() => AsyncEnumerable.Range(0, 3);
    }

    [Fact]
    public void ConventionsNullabilityListsAndEnumsShapeThePrintedSchema()
    {
        var schema = new CodeFirstSchemaBuilder().AddTypeExtension(typeof(ProductQueries)).AddTypeExtension<MoreQueries>().Build();

        Assert.Equal(
            """
            type Product {
              id: Int!
              name: String!
              description: String
              price: Decimal!
              compareAtPrice: Decimal
              status: ProductStatus!
              tags: [String!]!
              sizes: [String]
              key: UUID!
              createdAt: DateTime!
              releasedOn: Date
              imageUrl: URL
              views: Long!
              rating: Float!
              isFeatured: Boolean!
              sku: String!
              displayName(upper: Boolean! = false): String!
            }

            enum ProductStatus {
              DRAFT
              PENDING_APPROVAL
              PUBLISHED
              ARCHIVED @deprecated(reason: "Use Draft.")
            }

            type Query {
              products: [Product!]!
              product(id: Int!): Product
              featured(first: Int! = 10, search: String, status: ProductStatus! = PUBLISHED): [Product!]!
              allProducts: [Product!]! @deprecated(reason: "Use products.")
              matrix: [[Int!]!]!
              version: String!
              numbers: [Int!]!
            }

            """.ReplaceLineEndings("\n"),
            Sdl.Print(schema));
    }

    [Fact]
    public void SeveralQueryClassesAddedWithAddQueryTypeMergeIntoOneRoot()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<MoreQueries>().AddQueryType(typeof(ProductQueries)).Build();

        Assert.Equal(
            new[] { "version", "numbers", "products", "product", "featured", "allProducts", "matrix" },
            schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void ObjectTypesKeepTheirRuntimeTypeAndEnumsTheirMembers()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType(typeof(ProductQueries)).Build();

        Assert.Equal(typeof(Product), ((ObjectType)schema.GetType("Product")!).RuntimeType);
        var status = (EnumType)schema.GetType("ProductStatus")!;
        Assert.Equal(ProductStatus.PendingApproval, status.GetValue("PENDING_APPROVAL")!.Value);
        Assert.Equal("PENDING_APPROVAL", status.GetValueByRuntimeValue(ProductStatus.PendingApproval)!.Name);
    }
}
