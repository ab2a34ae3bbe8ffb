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
        var element = QueryExecution.GetElementType(context, descriptor, "UseFiltering");
        if (element is null) return;
        QueryExecution.EnsureMaterialized(descriptor, element);

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

    internal static FieldMiddleware Create<T>(ObjectFilterTypeInfo info) => next => async context =>
    {
        var value = await next(context).ConfigureAwait(false);
        var where = context.ArgumentValue<IReadOnlyDictionary<string, object?>>("where");
        if (where is null || QueryExecution.AsQueryable<T>(value) is not { } query) return value;
        var options = QueryExecution.GetService(context, s_defaults);
        var predicate = new FilterExpressionBuilder(options).Build<T>(info, where);
        return predicate is null ? query : query.Where(predicate);
    };

    private static readonly FilterOptions s_defaults = new();
}
