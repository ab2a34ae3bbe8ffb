using GraphQL.CodeFirst;

namespace GraphQL.Tests.CodeFirst;

public sealed class NameConventionTests
{
    [Theory]
    [InlineData("PendingApproval", "PENDING_APPROVAL")]
    [InlineData("Draft", "DRAFT")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Size2XL", "SIZE2_XL")]
    [InlineData("already_snake", "ALREADY_SNAKE")]
    public void EnumValuesAreUpperSnakeCase(string name, string expected) =>
        Assert.Equal(expected, NameConventions.ToUpperSnakeCase(name));

    [Theory]
    [InlineData("ProductId", "productId")]
    [InlineData("ID", "id")]
    [InlineData("URLSlug", "urlSlug")]
    [InlineData("name", "name")]
    public void MemberNamesAreCamelCase(string name, string expected) =>
        Assert.Equal(expected, NameConventions.ToCamelCase(name));

    [Theory]
    [InlineData(nameof(Methods.GetProducts), "products")]
    [InlineData(nameof(Methods.GetProductAsync), "product")]
    [InlineData(nameof(Methods.Get), "get")]
    [InlineData(nameof(Methods.Getaway), "getaway")]
    [InlineData(nameof(Methods.Async), "async")]
    public void MethodsLoseGetAndAsync(string method, string expected) =>
        Assert.Equal(expected, NameConventions.GetFieldName(typeof(Methods).GetMethod(method)!));

    [Theory]
    [InlineData(typeof(AddToCartInput), "AddToCartInput")]
    [InlineData(typeof(ProductFilter), "ProductFilterInput")]
    public void InputTypesEndInInputOnce(Type type, string expected) =>
        Assert.Equal(expected, NameConventions.GetInputTypeName(type));

    [Fact]
    public void GenericTypesNameTheirArguments() =>
        Assert.Equal("PageOfProductFilter", NameConventions.GetTypeName(typeof(Page<ProductFilter>)));

    public sealed class Methods
    {
        public int GetProducts() => 0;
        public int GetProductAsync() => 0;
        public int Get() => 0;
        public int Getaway() => 0;
        public int Async() => 0;
    }

    public sealed class AddToCartInput;

    public sealed class ProductFilter;

    public sealed class Page<T>;
}
