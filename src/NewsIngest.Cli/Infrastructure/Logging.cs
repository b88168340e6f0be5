using System.CommandLine;
using Serilog;
using Serilog.Events;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>Serilog to stderr only, every line prefixed with the program name, so stdout carries results alone.</summary>
public static class Logging
{
    public static ILogger Create(CliContext context, ParseResult parseResult)
    {
        var level = parseResult.GetValue(SharedOptions.Quiet)
            ? LogEventLevel.Error
            : parseResult.GetValue(SharedOptions.Verbose) ? LogEventLevel.Debug : LogEventLevel.Information;
        return new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .WriteTo.Sink(new StderrSink(context.Error))
            .CreateLogger();
    }
}
