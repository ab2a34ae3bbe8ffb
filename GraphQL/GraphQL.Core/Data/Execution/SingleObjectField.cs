namespace GraphQL.Data.Execution;

/// <summary>
/// The shared step of <c>[UseFirstOrDefault]</c> and <c>[UseSingleOrDefault]</c>: the field's type
/// becomes the (nullable) element type, and the composed query runs once, reading one row (two for
/// "single", to tell "exactly one" from "more than one").
/// </summary>
internal static class SingleObjectField
{
    public static void Configure(IDescriptorContext context, ObjectFieldDescriptor descriptor, string attribute, bool single)
    {
        var element = QueryExecution.GetElementType(context, descriptor, attribute);
        if (element is null) return;
        descriptor.Features[DataFeatures.Materialized] = true;
        descriptor.Type = context.GetOutputType(element);
        descriptor.ResultType = element;
        descriptor.Middleware.Add(QueryExecution.CreateMiddleware(typeof(SingleObjectField), nameof(Create), element, single));
    }

    internal static FieldMiddleware Create<T>(bool single)
    {
        var compiled = CompiledQueries.ForRows<T>();
        return next => async context =>
        {
            var value = await next(context).ConfigureAwait(false);
            if (QueryExecution.AsQueryable<T>(value) is not { } query) return value;
            var rows = await QueryExecution.ToListAsync(query.Take(single ? 2 : 1), compiled, context.RequestAborted).ConfigureAwait(false);
            if (rows.Count > 1) DataThrow.Error("The field matched more than one element, but it returns at most one.", DataErrorCodes.SingleMoreThanOne);
            return rows.Count == 0 ? null : rows[0];
        };
    }
}
