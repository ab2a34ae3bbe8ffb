using GraphQL.Language;

namespace GraphQL.Execution.Coercion;

/// <summary>
/// An argument that cannot be coerced (spec §6.4.1 CoerceArgumentValues), raised as a field error with
/// <see cref="ErrorCodes.BadUserInput"/>. Like graphql-js, the error points at the argument's value
/// (the literal or the variable) when there is one, and at the field when the argument is missing.
/// </summary>
internal sealed class ArgumentCoercionException : GraphQLException
{
    public ArgumentCoercionException(string message, ValueNode? value)
        : base(message, ErrorCodes.BadUserInput) => Value = value;

    /// <summary>The value the error is about; null when the argument was not given.</summary>
    public ValueNode? Value { get; }
}
