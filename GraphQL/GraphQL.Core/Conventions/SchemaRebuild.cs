using GraphQL.Types;

namespace GraphQL.Conventions;

/// <summary>
/// A new <see cref="Schema"/> over the same type instances with other roots, extra types or extra
/// directive definitions: the last step of a schema transform that adds to the schema. Only root
/// types may be replaced, since nothing else refers to them.
/// </summary>
internal static class SchemaRebuild
{
    public static Schema With(
        Schema schema,
        ObjectType? query = null,
        ObjectType? mutation = null,
        IEnumerable<NamedType>? addTypes = null,
        IReadOnlyList<DirectiveDefinition>? directives = null)
    {
        var newQuery = query ?? schema.QueryType;
        var newMutation = mutation ?? schema.MutationType;
        var types = new List<NamedType>();
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || type == schema.QueryType || type == schema.MutationType || type == schema.SubscriptionType) continue;
            types.Add(type);
        }

        if (addTypes is not null) types.AddRange(addTypes);
        var definitions = directives;
        if (definitions is null)
        {
            var list = new List<DirectiveDefinition>();
            foreach (var directive in schema.Directives)
            {
                if (!directive.IsBuiltIn) list.Add(directive);
            }

            definitions = list;
        }

        var rebuilt = new Schema(new SchemaOptions
        {
            Query = newQuery,
            Mutation = newMutation,
            Subscription = schema.SubscriptionType,
            Description = schema.Description,
            Directives = schema.SchemaDirectives,
            Types = types,
            DirectiveDefinitions = definitions,
        });

        foreach (var pair in schema.Features) rebuilt.Features[pair.Key] = pair.Value;
        return rebuilt;
    }
}
