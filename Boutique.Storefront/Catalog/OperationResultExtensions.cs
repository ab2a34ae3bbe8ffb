using GraphQL.Client;

namespace Boutique.Storefront.Catalog;

public static class OperationResultExtensions
{
    /// <summary>
    /// The data of a result without errors. The API rejecting a value from the URL (a bad cursor) throws
    /// <see cref="RejectedInputException"/> (→ the 400 page); any other GraphQL error is a bug here (→ the 500 page).
    /// </summary>
    public static async Task<T> DataOrThrow<T>(this Task<IOperationResult<T>> pending) where T : class
    {
        var result = await pending;
        if (RejectedInputException.IsRejectedInput(result.Errors)) throw new RejectedInputException(result.Errors);
        result.EnsureNoErrors();
        return result.Data ?? throw new GraphQLClientException("The API answered without data and without errors.");
    }
}
