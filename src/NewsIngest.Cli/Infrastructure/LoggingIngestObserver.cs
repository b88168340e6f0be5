using System.Diagnostics;
using NewsIngest.Ingestion;
using Serilog;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// Reports failures as <c>newsingest: PATH: reason</c> and progress on stderr: a live line on a terminal, a log line
/// every few seconds otherwise, nothing with --quiet.
/// </summary>
public sealed class LoggingIngestObserver(ILogger logger, CliContext context, bool quiet) : IIngestObserver
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport;
    private bool _liveLineShown;

    public void FileFailed(string path, string reason)
    {
        ClearLiveLine();
        logger.Warning("{Path}: {Reason}", path, reason);
    }

    public void Progress(int done, int total)
    {
        if (quiet || total == 0)
        {
            return;
        }

        var elapsed = _clock.Elapsed;
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var eta = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        if (context.ErrorIsTerminal)
        {
            if (elapsed - _lastReport < TimeSpan.FromMilliseconds(100) && done < total)
            {
                return;
            }

            _lastReport = elapsed;
            context.Error.Write($"\r{done:N0}/{total:N0} files  {rate:N0}/s  ETA {eta:mm\\:ss}   ");
            _liveLineShown = true;
            if (done == total)
            {
                ClearLiveLine();
            }
        }
        else if (elapsed - _lastReport >= LogEvery && done < total)
        {
            _lastReport = elapsed;
            logger.Information("{Done}/{Total} files, {Rate:N0} files/s, about {Eta:N0} s left", done, total, rate, eta.TotalSeconds);
        }
    }

    public void RecomputingKeys(int articles)
    {
        if (!quiet)
        {
            logger.Information("recomputing the duplicate keys of {Count:N0} stored articles first (once, after an upgrade or a killed run)", articles);
        }
    }

    private void ClearLiveLine()
    {
        if (_liveLineShown)
        {
            context.Error.Write("\r" + new string(' ', 60) + "\r");
            _liveLineShown = false;
        }
    }
}
