using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace NewsIngest.Ingestion;

/// <summary>
/// The threads that parse files, at a lower priority than the thread that writes. The writer is the one serial stage
/// of an ingest: when it shares the cores with the workers on equal terms, every slice the scheduler gives a worker
/// stalls the whole pipeline. Below it, workers take what the writer leaves. On 2 cores, 100,000 generated files
/// took 37.9 s with workers at nice 10 and 42.2 s at the writer's priority, back to back (the writer waited for
/// parsed batches 4.1 s instead of 1.6, and the workers for the writer 4.4 s instead of 10.6).
/// </summary>
internal sealed class WorkerThreads : TaskScheduler, IDisposable
{
    /// <summary>How far below the writer the workers run (Linux niceness added to the thread's own; elsewhere, the platform's below-normal).</summary>
    public const int Niceness = 10;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public WorkerThreads(int count)
    {
        _threads = new Thread[Math.Max(1, count)];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"parse worker {i + 1}" };
            _threads[i].Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _queue.Dispose();
    }

    protected override void QueueTask(Task task) => _queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => [.. _queue];

    private void Work()
    {
        LowerPriority();
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    /// <summary>Lowers the calling thread's priority, a worker's or the producer's (the writer comes first); best effort (a platform that refuses leaves it as it was).</summary>
    internal static void LowerPriority()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                // Linux schedules threads as tasks: niceness set on the thread id applies to this thread alone. It is
                // raised from the thread's own (the process may already run niced), never past the maximum, 19.
                var thread = GetThreadId();
                Marshal.SetLastPInvokeError(0);
                var current = GetPriority(0, thread);
                if (current != -1 || Marshal.GetLastPInvokeError() == 0)
                {
                    _ = SetPriority(0, thread, Math.Min(19, current + Niceness));
                }
            }
            else
            {
                Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException or PlatformNotSupportedException)
        {
            // No way to lower it here: the workers run at the writer's priority, as they would without this class.
        }
    }

    [DllImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
