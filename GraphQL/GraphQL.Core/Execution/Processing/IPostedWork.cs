namespace GraphQL.Execution.Processing;

/// <summary>Something that finished off the executor's thread and must be completed on it.</summary>
internal interface IPostedWork
{
    void Complete(OperationRunner runner);
}
