using System.Collections;
using System.Reflection;
using GraphQL.Data.Execution;
using GraphQL.Types;

namespace GraphQL.Data.Sorting;

/// <summary>
/// Adds <c>order: [&lt;Type&gt;SortInput!]</c> to a field whose resolver returns <see cref="IQueryable{T}"/>
/// and applies it with <c>OrderBy</c>/<c>ThenBy</c>, the entity's key last as a tiebreaker.
/// </summary>
public sealed class UseSortingAttribute : ObjectFieldDescriptorAttribute
{
    public UseSortingAttribute() => Order = DataMiddlewareOrder.Sorting;

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var element = QueryExecution.GetElementType(context, descriptor, "UseSorting");
        if (element is null) return;
        QueryExecution.EnsureMaterialized(descriptor, element);
        var type = SortTypeFactory.GetSortInput(context, element);
        descriptor.Arguments.Add(new InputValueDefinition("order", new ListType(type.AsNonNull())));
        descriptor.Middleware.Add(QueryExecution.CreateMiddleware(typeof(UseSortingAttribute), nameof(Create), element, SortTypeFactory.InfoOf(type)));
    }

    internal static FieldMiddleware Create<T>(SortTypeInfo info) => next => async context =>
    {
        var value = await next(context).ConfigureAwait(false);
        var order = context.ArgumentValue<object?>("order");
        if (order is not IEnumerable entries || order is string || QueryExecution.AsQueryable<T>(value) is not { } query) return value;
        var keys = SortExpressionBuilder.Build(typeof(T), info, entries);
        if (keys.Count == 0) return query;
        SortExpressionBuilder.AddTiebreaker(typeof(T), keys);
        return SortExpressionBuilder.Apply(query, keys);
    };
}
