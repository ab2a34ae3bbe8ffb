using Boutique.Graph.Nodes;
using GraphQL;

namespace Boutique.Graph.Catalog;

[ExtendObjectType(typeof(VariantView))]
public sealed class VariantExtensions
{
    [ID]
    public string GetId([Parent] VariantView variant) => GlobalId.Format(NodeTypes.ProductVariant, variant.Id);
}
