using System.Globalization;
using System.Runtime.InteropServices;

/// <summary>
/// An allocation probe for bench/catalog.sh, loaded into both servers with
/// <c>DOTNET_STARTUP_HOOKS=&lt;this dll&gt;</c> (so Boutique.Graph is measured without a change to it): on
/// SIGWINCH it appends "allocated-bytes gen0 gen1 gen2 gc-pause-ms jit-compiled-methods" to
/// <c>$BENCH_PROBE_FILE</c>. The script signals before and after a run and divides by the requests, and
/// during the warm-up watches the JIT count: a server still compiling methods (tiered JIT, dynamic PGO)
/// is not yet at its steady state. The runtime looks the hook up by this exact name, in no namespace.
/// </summary>
internal static class StartupHook
{
    private static PosixSignalRegistration? s_registration;

    public static void Initialize()
    {
        if (OperatingSystem.IsWindows() || Environment.GetEnvironmentVariable("BENCH_PROBE_FILE") is not { Length: > 0 } file) return;
        s_registration = PosixSignalRegistration.Create(PosixSignal.SIGWINCH, context =>
        {
            context.Cancel = true;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{GC.GetTotalAllocatedBytes(precise: true)} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {GC.GetTotalPauseDuration().TotalMilliseconds:F1} {System.Runtime.JitInfo.GetCompiledMethodCount()}\n");
            File.AppendAllText(file, line);
        });
    }
}
