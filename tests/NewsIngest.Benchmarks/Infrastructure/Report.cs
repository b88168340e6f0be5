using System.Diagnostics;

namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>One printed line of figures for a timed run: items, seconds, items/s, MB/s and the process's peak working set.</summary>
public static class Report
{
    public static void Print(string label, long items, long bytes, TimeSpan elapsed, string? extra = null)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var line = $"{label,-46} items {items,8}  {seconds,8:F3} s  {items / seconds,10:F0} items/s  {bytes / 1048576.0 / seconds,8:F2} MB/s  peak WS {peak,6:F0} MB";
        Console.WriteLine(extra is null ? line : $"{line}  {extra}");
    }

    /// <summary>The load average when the figures were taken: the machine is shared, so every report says how busy it was.</summary>
    public static string LoadAverage()
    {
        const string LoadFile = "/proc/loadavg";
        return File.Exists(LoadFile) ? string.Join(' ', File.ReadAllText(LoadFile).Split(' ').Take(3)) : "unknown";
    }

    public static void Header(string scenario)
    {
        Console.WriteLine($"== {scenario}  ({Environment.ProcessorCount} cores, load average {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
    }

    /// <summary>The value at <paramref name="fraction"/> (0-1) of sorted samples, nearest rank.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
