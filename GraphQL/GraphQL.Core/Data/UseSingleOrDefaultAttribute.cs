using System.Reflection;
using GraphQL.Data.Execution;

namespace GraphQL.Data;

/// <summary>
/// As <see cref="UseFirstOrDefaultAttribute"/>, for queries that should match at most one row: more than
/// one is a field error (<c>SINGLE_MORE_THAN_ONE</c>) rather than an arbitrary pick.
/// </summary>
public sealed class UseSingleOrDefaultAttribute : ObjectFieldDescriptorAttribute
{
    public UseSingleOrDefaultAttribute() => Order = DataMiddlewareOrder.Paging;

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member) =>
        SingleObjectField.Configure(context, descriptor, "UseSingleOrDefault", single: true);
}
