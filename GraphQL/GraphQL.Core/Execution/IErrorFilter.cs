namespace GraphQL.Execution;

/// <summary>
/// Rewrites the errors made from exceptions raised while executing (a resolver, a DataLoader, a
/// completion): the place to turn a known exception of a dependency into a message and code a client
/// can act on. Registered with <c>builder.AddErrorFilter&lt;T&gt;()</c>; filters run in registration
/// order, each receiving the previous one's result, and <see cref="GraphQLError.Exception"/> carries
/// the exception behind the error.
/// </summary>
public interface IErrorFilter
{
    /// <summary>Returns <paramref name="error"/> itself when it does not apply, else a replacement.</summary>
    GraphQLError OnError(GraphQLError error);
}
