using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace InkoopPortal.Bench.Reporting;

/// <summary>What the figures were measured on: cores, memory, CPU, runtime and GC mode.</summary>
public sealed record MachineInfo(int Processors, string Memory, string Cpu, string Os, string Runtime, string GcMode)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        TotalMemory(),
        ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC ? "Server GC" : "Workstation GC");

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string TotalMemory()
    {
        var kilobytes = ProcValue("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        return kilobytes is null ? "unknown" : $"{long.Parse(kilobytes, CultureInfo.InvariantCulture) / (1024.0 * 1024):0.0} GiB";
    }

    /// <summary>The value after the colon of the first line of a /proc file that starts with <paramref name="key"/>.</summary>
    private static string? ProcValue(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(line => line.StartsWith(key, StringComparison.Ordinal)).Select(line => line.Split(':', 2)[1].Trim()).FirstOrDefault()
            : null;
}
