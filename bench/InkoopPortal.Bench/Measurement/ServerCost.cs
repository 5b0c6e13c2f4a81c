using System.Diagnostics;

namespace InkoopPortal.Bench.Measurement;

/// <summary>
/// What the server process (this process) spent during a wrk run, per request: CPU time (all threads, GC included),
/// bytes allocated, and time paused for garbage collection. Less sensitive to a busy machine than latency.
/// </summary>
public sealed record ServerCost(double CpuMsPerRequest, double AllocatedKbPerRequest, double GcPauseMsPerRequest, int Gen0, int Gen1, int Gen2)
{
    public static Snapshot Take()
    {
        using var process = Process.GetCurrentProcess();
        return new Snapshot(
            process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    public sealed record Snapshot(TimeSpan Cpu, long Allocated, TimeSpan GcPause, int Gen0, int Gen1, int Gen2)
    {
        public ServerCost Since(Snapshot start, long requests)
        {
            var count = Math.Max(1, requests);
            return new ServerCost(
                (Cpu - start.Cpu).TotalMilliseconds / count,
                (Allocated - start.Allocated) / 1024.0 / count,
                (GcPause - start.GcPause).TotalMilliseconds / count,
                Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);
        }
    }
}
