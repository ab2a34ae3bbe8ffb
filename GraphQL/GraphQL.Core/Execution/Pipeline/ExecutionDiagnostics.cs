namespace GraphQL.Execution.Pipeline;

/// <summary>Counts the expensive steps, so tests (and later metrics) can see the document cache at work.</summary>
internal sealed class ExecutionDiagnostics
{
    private int _parses;
    private int _validations;
    private int _plans;

    public int Parses => Volatile.Read(ref _parses);
    public int Validations => Volatile.Read(ref _validations);
    public int Plans => Volatile.Read(ref _plans);

    public void OnParse() => Interlocked.Increment(ref _parses);
    public void OnValidate() => Interlocked.Increment(ref _validations);
    public void OnPlan() => Interlocked.Increment(ref _plans);
}
