using System.Diagnostics;

namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>
/// Pins the process to one core for a "per core" figure, and restores the old mask on dispose. A plain single
/// thread is not enough: tiered JIT and the GC would otherwise work on the second core and flatter the figure.
/// </summary>
public sealed class OneCore : IDisposable
{
    private readonly nint? _previous;

    public OneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            var process = Process.GetCurrentProcess();
            _previous = process.ProcessorAffinity;
            process.ProcessorAffinity = 1;
        }
    }

    public void Dispose()
    {
        if (_previous is { } mask && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            Process.GetCurrentProcess().ProcessorAffinity = mask;
        }
    }
}
