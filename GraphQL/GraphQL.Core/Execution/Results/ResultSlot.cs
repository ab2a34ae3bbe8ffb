namespace GraphQL.Execution.Results;

/// <summary>
/// One value of a <see cref="ResultMap"/> or <see cref="ResultList"/>. Why a struct around the reference: storing
/// into an <c>object[]</c> goes through the runtime's covariance check (<c>StelemRef</c>, an array could be a
/// <c>string[]</c> seen as <c>object[]</c>); an array of structs is stored into directly, which was 1.4 % of the
/// catalog listing's instructions (callgrind, ~3,000 values per request).
/// </summary>
internal struct ResultSlot
{
    public object? Value;
}
