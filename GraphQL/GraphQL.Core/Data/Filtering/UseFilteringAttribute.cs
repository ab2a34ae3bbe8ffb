using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Types;

namespace GraphQL.Data.Filtering;

/// <summary>
/// Adds <c>where: &lt;Type&gt;FilterInput</c> to a field whose resolver returns <see cref="IQueryable{T}"/>
/// and applies it as one <c>Where</c>. Pass a <see cref="FilterInputType{T}"/> subclass to customise the input.
/// </summary>
public sealed class UseFilteringAttribute : ObjectFieldDescriptorAttribute
{
    public UseFilteringAttribute(Type? filterType = null)
    {
        FilterType = filterType;
        Order = DataMiddlewareOrder.Filtering;
    }

    /// <summary>A <see cref="FilterInputType{T}"/> subclass, or null for the inferred input.</summary>
    public Type? FilterType { get; }

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        // A field computing something else from the rows (facets, counts) names the filter type and
        // applies it with query.Filter(context); its input is then shared with the list fields.
        var element = FilterType is not null && !ReturnsQuery(descriptor) ? EntityOf(FilterType) : QueryExecution.GetElementType(context, descriptor, "UseFiltering");
        if (element is null)
        {
            if (FilterType is not null && !ReturnsQuery(descriptor)) context.ReportError($"[UseFiltering] on \"{QueryExecution.Describe(descriptor)}\" names \"{FilterType.Name}\", which is not a FilterInputType<T>.");
            return;
        }

        if (ReturnsQuery(descriptor)) QueryExecution.EnsureMaterialized(descriptor, element);

        FilterInputTypeDefinition? definition = null;
        if (FilterType is not null)
        {
            if (Activator.CreateInstance(FilterType) is not IFilterInputTypeDefinitionSource source)
            {
                context.ReportError($"[UseFiltering] on \"{QueryExecution.Describe(descriptor)}\" names \"{FilterType.Name}\", which is not a FilterInputType<T>.");
                return;
            }

            definition = source.CreateDefinition();
        }

        var type = FilterTypeFactory.GetObjectFilter(context, element, definition);
        descriptor.Arguments.Add(new InputValueDefinition("where", type));
        descriptor.Middleware.Add(QueryExecution.CreateMiddleware(typeof(UseFilteringAttribute), nameof(Create), element, FilterTypeFactory.InfoOf(type)));
    }

    private static bool ReturnsQuery(ObjectFieldDescriptor descriptor) =>
        descriptor.Features.ContainsKey(DataFeatures.ElementType) || descriptor.ResultType is { } result && EntityShape.GetElementType(result) is { } e && !EntityShape.IsScalar(e);

    private static Type? EntityOf(Type filterType)
    {
        for (var t = filterType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(FilterInputType<>)) return t.GetGenericArguments()[0];
        }

        return null;
    }

    internal static FieldMiddleware Create<T>(ObjectFilterTypeInfo info)
    {
        var caches = new FilterCaches<T>();
        return next => async context =>
        {
            var value = await next(context).ConfigureAwait(false);
            if (QueryExecution.AsQueryable<T>(value) is not { } query || AppliedSteps.Has(query, AppliedSteps.Filter)) return value;
            return Apply(query, context, info, caches);
        };
    }

    /// <summary>The query narrowed by the <c>where</c> argument; the same instance when there is nothing to apply.</summary>
    internal static IQueryable<T> Apply<T>(IQueryable<T> query, IResolverContext context, ObjectFilterTypeInfo info, FilterCaches<T>? caches = null)
    {
        var where = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("where");
        if (where is null) return query;
        var options = QueryExecution.GetService(context, s_defaults);
        var inMemory = FilterExpressionBuilder.IsInMemory(query);
        var cache = caches is null ? null : inMemory ? caches.InMemory : caches.Database;
        var predicate = cache?.Get(where, options);
        if (predicate is null)
        {
            predicate = new FilterExpressionBuilder(options, inMemory).Build<T>(info, where);
            if (predicate is not null) cache?.Set(where, options, predicate);
        }

        return predicate is null ? query : query.Where(predicate);
    }

    /// <summary>The last predicate built per kind of query (null guards differ between LINQ to Objects and SQL).</summary>
    internal sealed class FilterCaches<T>
    {
        public LastArgumentCache<System.Linq.Expressions.Expression<Func<T, bool>>> Database { get; } = new();
        public LastArgumentCache<System.Linq.Expressions.Expression<Func<T, bool>>> InMemory { get; } = new();
    }

    private static readonly FilterOptions s_defaults = new();
}
