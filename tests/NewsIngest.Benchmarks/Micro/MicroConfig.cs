using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NewsIngest.Benchmarks.Micro;

/// <summary>
/// A short job (3 warm-ups, 3 iterations, one launch) with allocation figures, run in process: BenchmarkDotNet
/// 0.14 does not know .NET 10 as a target to generate and build a child project for, and skipping that build keeps
/// a full micro run to a few minutes on the shared 2-core machine.
/// </summary>
public static class MicroConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            // Reports go to the temp folder, not into the checkout, so a run leaves the working tree clean.
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "newsingest-bench-artifacts"));
}
