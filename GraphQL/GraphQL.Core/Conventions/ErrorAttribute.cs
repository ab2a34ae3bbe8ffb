using System.Reflection;
using GraphQL.Data.Execution;

namespace GraphQL;

/// <summary>
/// Declares an exception a mutation reports as data: <c>[Error&lt;OutOfStockException&gt;]</c> adds
/// <c>OutOfStockError</c> (the exception's public properties plus <c>message</c>) to the field's
/// <c>…Error</c> union; when the resolver throws it, the payload's result is null and <c>errors</c>
/// holds it. Applies with <c>[UseMutationConvention]</c> or <c>AddMutationConventions()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public class ErrorAttribute : ObjectFieldDescriptorAttribute
{
    public ErrorAttribute(Type errorType)
    {
        ErrorType = errorType ?? throw new ArgumentNullException(nameof(errorType));
        Order = DataMiddlewareOrder.MutationConvention - 10;
    }

    /// <summary>The exception type.</summary>
    public Type ErrorType { get; }

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member)
    {
        if (!typeof(Exception).IsAssignableFrom(ErrorType))
        {
            context.ReportError($"[Error] on \"{QueryExecution.Describe(descriptor)}\" names \"{ErrorType.Name}\", which is not an exception type.");
            return;
        }

        var errors = Conventions.MutationConvention.DeclaredErrors(descriptor);
        errors.Add(ErrorType);

        // The last [Error] of a member applies the convention when it is on for every mutation.
        if (!member.IsDefined(typeof(UseMutationConventionAttribute), true)
            && errors.Count == member.GetCustomAttributes<ErrorAttribute>(true).Count()
            && Conventions.MutationConvention.IsGloballyEnabled(context))
        {
            Conventions.MutationConvention.Apply(context, descriptor);
        }
    }
}

/// <summary><c>[Error&lt;OutOfStockException&gt;]</c>: <see cref="ErrorAttribute"/> with the type as a type argument.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ErrorAttribute<TError> : ErrorAttribute where TError : Exception
{
    public ErrorAttribute() : base(typeof(TError)) { }
}

/// <summary>
/// Shapes a mutation the way Relay clients expect: <c>addToCart(input: AddToCartInput!): AddToCartPayload!</c>,
/// the input holding the resolver's GraphQL arguments, the payload its result (named after the result
/// type, <c>cart</c>) and <c>errors</c>, the union of the <see cref="ErrorAttribute"/> exceptions.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class UseMutationConventionAttribute : ObjectFieldDescriptorAttribute
{
    public UseMutationConventionAttribute() => Order = DataMiddlewareOrder.MutationConvention;

    public override void OnConfigure(IDescriptorContext context, ObjectFieldDescriptor descriptor, MemberInfo member) =>
        Conventions.MutationConvention.Apply(context, descriptor);
}
