using GraphQL.Client.Generator.Model;

namespace GraphQL.Client.Generator.Emit;

/// <summary>Writes a named fragment's interfaces (<c>IProductCard</c>, <c>IProductCard_Category</c>).</summary>
internal static class FragmentEmitter
{
    public static string Emit(FragmentModel model)
    {
        var writer = CodeWriter.ForNamespace(model.Namespace);
        foreach (var i in model.Interfaces) ResultTypeEmitter.WriteInterface(writer, i);
        return writer.Finish();
    }
}
