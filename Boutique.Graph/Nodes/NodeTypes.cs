namespace Boutique.Graph.Nodes;

/// <summary>The GraphQL type names global IDs carry; <c>node(id:)</c> dispatches on them.</summary>
public static class NodeTypes
{
    public const string Product = "Product";
    public const string ProductVariant = "ProductVariant";
    public const string Category = "Category";
}
