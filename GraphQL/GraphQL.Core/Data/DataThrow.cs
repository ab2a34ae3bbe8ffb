using System.Diagnostics.CodeAnalysis;
using GraphQL.Execution;

namespace GraphQL.Data;

/// <summary>Throw helpers of the data middleware: kept out of the hot methods, each error a sentence with a stable code.</summary>
internal static class DataThrow
{
    [DoesNotReturn]
    public static void Error(string message, string code) => throw new GraphQLException(message, code);

    [DoesNotReturn]
    public static void InvalidCursor(string cursor) =>
        throw new GraphQLException($"The cursor \"{cursor}\" is not valid.", DataErrorCodes.PagingInvalidCursor);

    [DoesNotReturn]
    public static void FilterTooDeep(int max) =>
        throw new GraphQLException($"The filter is nested deeper than {max} levels; simplify it.", DataErrorCodes.FilterTooDeep);

    [DoesNotReturn]
    public static void InTooLarge(string operation, int count, int max) =>
        throw new GraphQLException(
            $"The \"{operation}\" list holds {count} values, more than the {max} allowed; split the request.", DataErrorCodes.FilterInTooLarge);
}
