using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Conventions;

/// <summary>
/// Changes applied to a built schema before its executor uses it: the conventions that concern every
/// field of the schema (a DbContext per resolver, type-level authorization, global mutation
/// conventions), which no single field's descriptor attribute can see. Registered as a post-configure
/// step so that it wraps whatever schema factory the builder ends up with, whatever the call order.
/// </summary>
internal static class SchemaTransforms
{
    /// <summary>Adds <paramref name="transform"/> once per schema and <paramref name="key"/>.</summary>
    public static IGraphQLBuilder Add(IGraphQLBuilder builder, string key, Func<IServiceProvider, Schema, Schema> transform)
    {
        var marker = builder.Name + "\u001f" + key;
        foreach (var descriptor in builder.Services)
        {
            if (descriptor.ServiceType == typeof(SchemaTransformMarker) && descriptor.ImplementationInstance is SchemaTransformMarker m && m.Key == marker)
            {
                return builder;
            }
        }

        builder.Services.AddSingleton(new SchemaTransformMarker(marker));
        builder.Services.PostConfigure<RequestExecutorSetup>(builder.Name, setup =>
        {
            if (setup.SchemaFactory is not { } inner) return;
            setup.SchemaFactory = services => transform(services, inner(services));
        });
        return builder;
    }

    /// <summary>The object types of the schema, roots included, introspection types left out.</summary>
    public static IEnumerable<ObjectType> ObjectTypes(Schema schema)
    {
        foreach (var type in schema.Types)
        {
            if (type is ObjectType obj && !obj.Name.StartsWith("__", StringComparison.Ordinal)) yield return obj;
        }
    }

    /// <summary>The field's resolver as an asynchronous delegate, whichever kind it has.</summary>
    public static FieldResolverDelegate AsResolver(FieldDefinition field)
    {
        if (field.Resolver is { } resolver) return resolver;
        if (field.PureResolver is { } pure) return context => new ValueTask<object?>(pure(context));
        var name = field.Name;
        return context => new ValueTask<object?>(Execution.Processing.DefaultFieldResolver.Resolve(context.Parent, name));
    }

    /// <summary>Replaces the field's resolver (a pure resolver becomes asynchronous).</summary>
    public static void Wrap(FieldDefinition field, Func<FieldResolverDelegate, FieldResolverDelegate> wrap)
    {
        var inner = AsResolver(field);
        field.PureResolver = null;
        field.Resolver = wrap(inner);
    }

    private sealed record SchemaTransformMarker(string Key);
}
