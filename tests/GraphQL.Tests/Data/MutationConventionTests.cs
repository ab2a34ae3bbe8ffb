using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Execution.Serialization;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class OutOfStockException : Exception
{
    public OutOfStockException(int available) : base($"Only {available} left in stock.") => Available = available;

    public int Available { get; }
}

public sealed class CartLockedException : Exception
{
    public CartLockedException(string? reason) : base("The cart is locked.") => Reason = reason;

    public string? Reason { get; }
}

public sealed class Cart
{
    public int Id { get; init; }
    public int Quantity { get; init; }
}

public sealed class ConventionQuery
{
    public string GetPing() => "pong";
}

public sealed class CartMutations
{
    [UseMutationConvention, Error<OutOfStockException>, Error(typeof(CartLockedException))]
    public Cart AddToCart(int productId, int quantity, CancellationToken cancellationToken)
    {
        if (quantity > 5) throw new OutOfStockException(5);
        if (productId == 0) throw new CartLockedException("checkout running");
        if (productId < 0) throw new InvalidOperationException("The product id is negative.");
        return new Cart { Id = productId, Quantity = quantity };
    }

    public bool ClearCart(int cartId) => cartId > 0;

    /// <summary>No [UseMutationConvention]: the global option applies it, errors included.</summary>
    [Error<OutOfStockException>]
    public Cart? RemoveFromCart(int productId) => productId > 0 ? null : throw new OutOfStockException(0);
}

public sealed class MutationConventionTests
{
    private static readonly IRequestExecutor s_executor = CreateExecutor();

    private static IRequestExecutor CreateExecutor()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddQueryType<ConventionQuery>().AddMutationType<CartMutations>().AddMutationConventions();
        return services.BuildServiceProvider().GetRequiredService<IRequestExecutor>();
    }

    private static async Task<string> Run(string query) =>
        ExecutionResultWriter.ToJson(await s_executor.ExecuteAsync(new GraphQLRequest { Query = query }));

    private static Task<string> Add(int productId, int quantity) => Run(
        "mutation { addToCart(input: { productId: " + productId + ", quantity: " + quantity
        + " }) { cart { id quantity } errors { __typename ... on Error { message } ... on OutOfStockError { available } ... on CartLockedError { reason } } } }");

    [Fact]
    public async Task ASuccessfulMutationReturnsTheResultAndNullErrors()
    {
        Assert.Equal("""{"data":{"addToCart":{"cart":{"id":7,"quantity":2},"errors":null}}}""", await Add(7, 2));
    }

    [Fact]
    public async Task ADeclaredExceptionBecomesATypedErrorAndTheResultIsNull()
    {
        Assert.Equal(
            """{"data":{"addToCart":{"cart":null,"errors":[{"__typename":"OutOfStockError","message":"Only 5 left in stock.","available":5}]}}}""",
            await Add(7, 9));
        Assert.Equal(
            """{"data":{"addToCart":{"cart":null,"errors":[{"__typename":"CartLockedError","message":"The cart is locked.","reason":"checkout running"}]}}}""",
            await Add(0, 1));
    }

    [Fact]
    public async Task AnUndeclaredExceptionStaysAGraphQLError()
    {
        var response = JsonDocument.Parse(await Add(-1, 1)).RootElement;

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        Assert.Equal("[\"addToCart\"]", error.GetProperty("path").GetRawText());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
    }

    [Fact]
    public void TheFieldTakesOneInputAndReturnsAPayloadWithAnErrorUnion()
    {
        var schema = s_executor.Schema;

        Assert.Equal("addToCart(input: AddToCartInput!): AddToCartPayload!", Describe(schema.MutationType!.Fields["addToCart"]!));
        Assert.Equal("clearCart(input: ClearCartInput!): ClearCartPayload!", Describe(schema.MutationType!.Fields["clearCart"]!));
        Assert.Equal("removeFromCart(input: RemoveFromCartInput!): RemoveFromCartPayload!", Describe(schema.MutationType!.Fields["removeFromCart"]!));
        Assert.Equal("union RemoveFromCartError = OutOfStockError", SchemaPrinter.PrintType(schema.GetType("RemoveFromCartError")!));
        Assert.Equal(
            """"
            input AddToCartInput {
              productId: Int!
              quantity: Int!
            }

            type AddToCartPayload {
              cart: Cart
              errors: [AddToCartError!]
            }

            union AddToCartError = OutOfStockError | CartLockedError

            """A domain error a mutation reports as data."""
            interface Error {
              message: String!
            }

            type OutOfStockError implements Error {
              message: String!
              available: Int!
            }

            type CartLockedError implements Error {
              message: String!
              reason: String
            }

            type ClearCartPayload {
              boolean: Boolean
            }
            """",
            string.Join("\n\n", new[] { "AddToCartInput", "AddToCartPayload", "AddToCartError", "Error", "OutOfStockError", "CartLockedError", "ClearCartPayload" }
                .Select(name => SchemaPrinter.PrintType(schema.GetType(name)!))));
    }

    [Fact]
    public async Task ADeclaredErrorOfAGloballyConventionalMutationIsData()
    {
        Assert.Equal(
            """{"data":{"removeFromCart":{"cart":null,"errors":[{"message":"Only 0 left in stock."}]}}}""",
            await Run("mutation { removeFromCart(input: { productId: 0 }) { cart { id } errors { ... on Error { message } } } }"));
    }

    [Fact]
    public async Task AGloballyConventionalMutationReadsItsArgumentsFromTheInput()
    {
        Assert.Equal("""{"data":{"clearCart":{"boolean":true}}}""", await Run("mutation { clearCart(input: { cartId: 3 }) { boolean } }"));
    }

    private static string Describe(FieldDefinition field) =>
        field.Name + "(" + string.Join(", ", field.Arguments.Select(a => a.Name + ": " + a.Type)) + "): " + field.Type;
}
