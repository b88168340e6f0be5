using NewsIngest.Ingestion;

namespace NewsIngest.Tests.Ingestion;

public class WorkerThreadsTests
{
    [Fact]
    public async Task A_parallel_loop_on_the_workers_runs_on_them_alone_below_the_callers_priority()
    {
        using var workers = new WorkerThreads(2);
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var caller = (Thread: Environment.CurrentManagedThreadId, Nice: Niceness());

        await Task.Factory.StartNew(
            () => Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 2, TaskScheduler = workers }, _ =>
            {
                threads[Environment.CurrentManagedThreadId] = Niceness();
                Thread.SpinWait(20_000);
            }),
            CancellationToken.None, TaskCreationOptions.DenyChildAttach, workers);

        Assert.InRange(threads.Count, 1, 2);
        Assert.DoesNotContain(caller.Thread, threads.Keys);
        if (OperatingSystem.IsLinux())
        {
            Assert.All(threads.Values, nice => Assert.Equal(Math.Min(19, caller.Nice + WorkerThreads.Niceness), nice));
        }
    }

    // Field 19 of /proc/thread-self/stat is the calling thread's niceness (Linux); 0 elsewhere.
    private static int Niceness() =>
        OperatingSystem.IsLinux() ? int.Parse(File.ReadAllText("/proc/thread-self/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[16], System.Globalization.CultureInfo.InvariantCulture) : 0;
}
