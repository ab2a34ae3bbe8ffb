using System.Reflection;
using GraphQL.Data.Execution;

namespace GraphQL.Data;

/// <summary>
/// A single-object field whose resolver returns <see cref="IQueryable{T}"/> (as Hot Chocolate's
/// <c>[UseFirstOrDefault]</c>): the first row or null. <c>[UseProjection]</c>, <c>[UseFiltering]</c> and
/// <c>[UseSorting]</c> compose on the query first, so the field reads only the selected columns, in one
/// statement with <c>LIMIT 1</c>.
/// </summary>
public sealed class UseFirstOrDefaultAttribute : ObjectFieldDescriptorAttribute
{
    public UseFirstOrDefaultAttribute() => Order = DataMiddlewareOrder.Paging;

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member) =>
        SingleObjectField.Configure(context, descriptor, "UseFirstOrDefault", single: false);
}
