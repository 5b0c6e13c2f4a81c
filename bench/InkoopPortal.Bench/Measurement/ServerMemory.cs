using System.Diagnostics;
using System.Runtime;

namespace InkoopPortal.Bench.Measurement;

public sealed record MemorySnapshot(long ManagedHeapBytes, long WorkingSetBytes, long PrivateBytes);

/// <summary>The server's memory after a full, blocking, compacting collection (the server is this process).</summary>
public static class ServerMemory
{
    public static MemorySnapshot AfterFullCollection()
    {
        for (var pass = 0; pass < 2; pass++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemorySnapshot(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64, process.PrivateMemorySize64);
    }
}
