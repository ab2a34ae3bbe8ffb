using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Benchmarks.Engine;

/// <summary>
/// Reads the executor's parse, validation and plan counters (internal <c>ExecutionDiagnostics</c> of
/// <c>RequestExecutor</c>). Reflection, once per global setup: the benchmarks use it to prove that a
/// cached document is neither parsed nor validated again, and that the uncached path really is.
/// </summary>
internal readonly record struct PipelineCounters(int Parses, int Validations, int Plans)
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static PipelineCounters Read(IRequestExecutor executor)
    {
        var diagnostics = executor.GetType().GetProperty("Diagnostics", Instance)?.GetValue(executor)
            ?? throw new InvalidOperationException($"{executor.GetType().FullName} has no Diagnostics property any more: update PipelineCounters.");
        return new PipelineCounters(Get(diagnostics, "Parses"), Get(diagnostics, "Validations"), Get(diagnostics, "Plans"));
    }

    public static PipelineCounters operator -(PipelineCounters after, PipelineCounters before) =>
        new(after.Parses - before.Parses, after.Validations - before.Validations, after.Plans - before.Plans);

    private static int Get(object diagnostics, string name) =>
        (int)(diagnostics.GetType().GetProperty(name, Instance)?.GetValue(diagnostics)
            ?? throw new InvalidOperationException($"ExecutionDiagnostics has no {name} counter any more: update PipelineCounters."));
}
