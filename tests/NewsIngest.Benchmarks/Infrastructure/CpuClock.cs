using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>
/// CPU time of this process (all its threads: JIT and GC included), in nanoseconds on Linux. On a shared machine a
/// wall clock counts the time other processes held the core; CPU time counts only the work, so figures taken under
/// load stay comparable. Elsewhere it falls back to the wall clock, and <see cref="IsCpuTime"/> says so.
/// </summary>
public static class CpuClock
{
    private const int ClockProcessCpuTime = 2;

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static TimeSpan Now => IsCpuTime && TryRead(out var now) ? now : Stopwatch.GetElapsedTime(0);

    private static bool TryRead(out TimeSpan time)
    {
        try
        {
            if (ClockGetTime(ClockProcessCpuTime, out var spec) == 0)
            {
                time = TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100));
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        time = default;
        return false;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
