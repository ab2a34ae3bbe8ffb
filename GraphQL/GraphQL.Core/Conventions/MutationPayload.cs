namespace GraphQL.Conventions;

/// <summary>The runtime value of a <c>…Payload</c>: the resolver's result, or the declared exceptions it threw.</summary>
internal sealed class MutationPayload
{
    public MutationPayload(object? result, Exception[]? errors)
    {
        Result = result;
        Errors = errors;
    }

    public object? Result { get; }
    public Exception[]? Errors { get; }
}
