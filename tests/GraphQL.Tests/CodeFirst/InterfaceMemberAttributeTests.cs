using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

/// <summary>Attributes written on an interface member hold for the class members implementing it.</summary>
public sealed class InterfaceMemberAttributeTests
{
    [InterfaceType]
    public interface IPriced
    {
        [ID]
        int Sku { get; }

        [GraphQLName("amount")]
        [GraphQLDescription("The price in cents.")]
        int PriceCents { get; }

        [GraphQLDeprecated("Use amount.")]
        int OldPrice { get; }

        [GraphQLDescription("From the interface.")]
        string Label { get; }
    }

    /// <summary>A plain .NET interface, not a GraphQL type.</summary>
    public interface IHasBarcode
    {
        [ID]
        string Barcode { get; }
    }

    public sealed class Gadget : IPriced, IHasBarcode
    {
        public int Sku => 5;
        public int PriceCents => 100;
        public int OldPrice => 1;

        [GraphQLDescription("From the class.")]
        public string Label => "gadget";

        public string Barcode => "0042";
    }

    public sealed class PricedQuery
    {
        public IPriced[] GetPriced() => new IPriced[] { new Gadget() };

        public Gadget GetGadget() => new();
    }

    private static ObjectType Gadgets() => (ObjectType)new CodeFirstSchemaBuilder().AddQueryType<PricedQuery>().Build().GetType("Gadget")!;

    [Fact]
    public void IdOnAnInterfacePropertyMakesTheImplementingFieldAnId()
    {
        var gadget = Gadgets();

        Assert.Equal("ID!", gadget.Fields["sku"]!.Type.ToString());
        Assert.Equal("ID!", gadget.Fields["barcode"]!.Type.ToString());
    }

    [Fact]
    public void NameDescriptionAndDeprecationComeFromTheInterfaceMember()
    {
        var gadget = Gadgets();

        Assert.Null(gadget.Fields["priceCents"]);
        Assert.Equal("The price in cents.", gadget.Fields["amount"]!.Description);
        Assert.Equal("Use amount.", gadget.Fields["oldPrice"]!.DeprecationReason);
    }

    [Fact]
    public void TheClassMembersOwnAttributeWinsOverTheInterfaces()
    {
        Assert.Equal("From the class.", Gadgets().Fields["label"]!.Description);
    }
}
