namespace GraphQL.Execution.Processing;

/// <summary>A value could not be completed (spec §6.4.3); the message is graphql-js's and safe to show.</summary>
internal sealed class CompletionException : Exception
{
    public CompletionException(string message) : base(message) { }
}
