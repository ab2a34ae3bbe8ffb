using GraphQL.Relay;
using GraphQL.Types;

namespace GraphQL;

/// <summary>
/// Makes a class a Relay node: it implements <c>interface Node { id: ID! }</c>, its <c>id</c> is a
/// global ID (<see cref="GlobalId"/>), and <c>node(id:)</c> loads it with its <c>[NodeResolver]</c>
/// (or <c>GetAsync</c>/<c>Get</c>) method, found on the class or on <see cref="NodeResolverType"/>.
/// Needs <c>AddGraphQL().AddGlobalObjectIdentification()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NodeAttribute : ObjectTypeDescriptorAttribute
{
    /// <summary>The field holding the key (default <c>id</c>).</summary>
    public string? IdField { get; set; }

    /// <summary>A class (created from the request's services) holding the loader, instead of the node class.</summary>
    public Type? NodeResolverType { get; set; }

    /// <summary>The loader's method name when it carries no <c>[NodeResolver]</c>.</summary>
    public string? NodeResolver { get; set; }

    public override void OnConfigure(IDescriptorContext context, ObjectTypeDescriptor descriptor, Type type)
    {
        var idName = IdField ?? "id";
        var idField = descriptor.Fields.FirstOrDefault(f => f.Name == idName);
        if (idField is null)
        {
            context.ReportError($"[Node] on \"{type.Name}\" needs a field \"{idName}\" holding the key.");
            return;
        }

        var method = NodeResolverCompiler.Find(type, NodeResolverType, NodeResolver);
        var keyParameter = method is null ? null : NodeResolverCompiler.KeyParameter(method);
        var info = method is null || keyParameter is null ? null : NodeResolverCompiler.Compile(descriptor.Name, method, keyParameter);
        if (info is null)
        {
            context.ReportError(
                $"[Node] on \"{type.Name}\" needs a method that loads it by key: mark one [NodeResolver] or name it GetAsync, with a parameter \"id\" of type int, long, Guid or string, or \"ids\" of type IReadOnlyList of one of them returning a dictionary by key.");
            return;
        }

        if (!RelaySetup.IsRegistered(context))
        {
            context.ReportError($"[Node] on \"{type.Name}\" needs global object identification: call AddGraphQL().AddGlobalObjectIdentification().");
        }

        var typeName = descriptor.Name;
        idField.Type = IdScalar(context).AsNonNull();
        idField.Features[RelayFeatures.Node] = info;
        GlobalIdFields.EncodeAtBuild(idField, typeName);
        NodeInterface.Get(context);
    }

    internal static NamedType IdScalar(IDescriptorContext context) => context.GetOrAddType<NamedType>("ID", () => BuiltInScalars.ID);
}
