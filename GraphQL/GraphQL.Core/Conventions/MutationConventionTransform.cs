using GraphQL.Types;

namespace GraphQL.Conventions;

/// <summary>
/// <c>AddMutationConventions()</c> for the mutation fields no attribute reached (those without
/// <c>[Error]</c>): the Mutation root is rebuilt with each such field in input/payload shape.
/// </summary>
internal static class MutationConventionTransform
{
    public static Schema Apply(Schema schema)
    {
        if (schema.MutationType is not { } mutation) return schema;
        var added = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var changed = false;
        var fields = new List<FieldDefinition>();
        foreach (var field in mutation.Fields)
        {
            if (field.Features.ContainsKey(MutationConvention.AppliedFeature))
            {
                fields.Add(field);
                continue;
            }

            changed = true;
            var shape = MutationConvention.Shape(field.Name, field.Arguments, field.Type, Array.Empty<ObjectType>(), (name, create) =>
            {
                if (schema.GetType(name) is { } existing) return existing;
                if (!added.TryGetValue(name, out var type)) added[name] = type = create();
                return type;
            });

            var inner = SchemaTransforms.AsResolver(field);
            FieldDelegate next = c => inner(c);
            var hasInput = shape.HasInput;
            var rewritten = new FieldDefinition(field.Name, shape.Payload.AsNonNull(), field.Description)
            {
                Arguments = shape.Input is null ? Array.Empty<InputValueDefinition>() : new[] { shape.Input },
                DeprecationReason = field.DeprecationReason,
                Directives = field.Directives,
                Resolver = c => MutationConvention.InvokeAsync(next, hasInput, Type.EmptyTypes, c),
            };

            foreach (var pair in field.Features) rewritten.Features[pair.Key] = pair.Value;
            rewritten.Features[MutationConvention.AppliedFeature] = true;
            fields.Add(rewritten);
        }

        if (!changed) return schema;
        var root = new ObjectType(mutation.Name, () => fields, () => mutation.Interfaces, mutation.Description, mutation.Directives);
        foreach (var pair in mutation.Features) root.Features[pair.Key] = pair.Value;
        return SchemaRebuild.With(schema, mutation: root, addTypes: added.Values);
    }
}
