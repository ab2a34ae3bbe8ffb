using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

public sealed class InputObjectTests
{
    public enum Size
    {
        Small,
        ExtraLarge,
    }

    public sealed record AddToCartInput(int VariantId, int Quantity = 1, string? Note = null);

    public sealed class AddressInput
    {
        public string Street { get; set; } = "";
        public string? City { get; set; }
        public string Country { get; init; } = "CH";
    }

    public sealed class ShippingOptions
    {
        public AddressInput Address { get; set; } = new();
        public List<Size> Sizes { get; set; } = new();
        public AddressInput[]? Alternatives { get; set; }
    }

    [OneOf]
    public sealed class ProductLookup
    {
        public int? Id { get; set; }
        public string? Slug { get; set; }
    }

    public sealed class Cart
    {
        public int Lines { get; set; }
    }

    [MutationType]
    public static class CartMutations
    {
        public static Cart AddToCart(AddToCartInput input) => new() { Lines = input.Quantity };

        public static string Ship(ShippingOptions options) => options.Address.Street;

        public static string Find(ProductLookup by) => by.Slug ?? by.Id?.ToString() ?? "";
    }

    [QueryType]
    public static class Queries
    {
        public static int Ping() => 1;
    }

    private static Schema BuildSchema() =>
        new CodeFirstSchemaBuilder().AddTypeExtension(typeof(Queries)).AddTypeExtension(typeof(CartMutations)).Build();

    [Fact]
    public void InputClassesAreSuffixedWithInputOnceAndRecordsDefaultsAreDefaultValues()
    {
        var schema = BuildSchema();

        Assert.Equal(
            """
            input AddToCartInput {
              variantId: Int!
              quantity: Int! = 1
              note: String
            }

            input AddressInput {
              street: String!
              city: String
              country: String!
            }

            type Cart {
              lines: Int!
            }

            type Mutation {
              addToCart(input: AddToCartInput!): Cart!
              ship(options: ShippingOptionsInput!): String!
              find(by: ProductLookupInput!): String!
            }

            input ProductLookupInput @oneOf {
              id: Int
              slug: String
            }

            type Query {
              ping: Int!
            }

            input ShippingOptionsInput {
              address: AddressInput!
              sizes: [Size!]!
              alternatives: [AddressInput!]
            }

            enum Size {
              SMALL
              EXTRA_LARGE
            }

            """.ReplaceLineEndings("\n"),
            Sdl.Print(schema));
    }

    [Fact]
    public void TheFactoryBuildsRecordsThroughTheirConstructor()
    {
        var input = (InputObjectType)BuildSchema().GetType("AddToCartInput")!;

        var value = input.Factory!(new Dictionary<string, object?> { ["variantId"] = 7 });

        Assert.Equal(new AddToCartInput(7, 1, null), value);
    }

    [Fact]
    public void TheFactorySetsOnlyGivenPropertiesAndBuildsNestedInputsAndLists()
    {
        var input = (InputObjectType)BuildSchema().GetType("ShippingOptionsInput")!;

        var value = (ShippingOptions)input.Factory!(new Dictionary<string, object?>
        {
            ["address"] = new Dictionary<string, object?> { ["street"] = "Main 1" },
            ["sizes"] = new List<object?> { Size.ExtraLarge, "SMALL" },
            ["alternatives"] = new List<object?> { new Dictionary<string, object?> { ["street"] = "Side 2", ["country"] = "DE" } },
        });

        Assert.Equal("Main 1", value.Address.Street);
        Assert.Equal("CH", value.Address.Country);
        Assert.Equal(new[] { Size.ExtraLarge, Size.Small }, value.Sizes);
        Assert.Equal("DE", Assert.Single(value.Alternatives!).Country);
    }

    [Fact]
    public async Task ArgumentsGivenAsDictionariesAreBuiltIntoInstances()
    {
        var context = new FakeResolverContext(BuildSchema(), "Mutation", "addToCart");
        context.Arguments["input"] = new Dictionary<string, object?> { ["variantId"] = 3, ["quantity"] = 5 };

        var cart = Assert.IsType<Cart>(await context.ResolveAsync());

        Assert.Equal(5, cart.Lines);
    }
}
