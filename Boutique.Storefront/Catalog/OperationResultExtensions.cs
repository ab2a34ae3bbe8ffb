using GraphQL.Client;

namespace Boutique.Storefront.Catalog;

public static class OperationResultExtensions
{
    /// <summary>The data of a result without errors; a GraphQL error is a bug here, so it throws (→ the 500 page).</summary>
    public static async Task<T> DataOrThrow<T>(this Task<IOperationResult<T>> pending) where T : class
    {
        var result = await pending;
        result.EnsureNoErrors();
        return result.Data ?? throw new GraphQLClientException("The API answered without data and without errors.");
    }
}
