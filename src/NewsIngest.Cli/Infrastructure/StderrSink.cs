using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>Writes each log event as one line <c>newsingest: message</c> to the context's error writer (stderr, or a test's buffer).</summary>
internal sealed class StderrSink(TextWriter error) : ILogEventSink
{
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        using var line = new StringWriter(CultureInfo.InvariantCulture);
        line.Write("newsingest: ");
        if (logEvent.Level >= LogEventLevel.Error)
        {
            line.Write("error: ");
        }

        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is Serilog.Parsing.PropertyToken property
                && logEvent.Properties.TryGetValue(property.PropertyName, out var value)
                && value is ScalarValue { Value: string text })
            {
                // Paths and reasons read better without the quotes Serilog puts around strings; their control
                // characters are made visible, so a file name holding a newline cannot forge a second line.
                line.Write(NewsIngest.Cli.Output.TerminalText.Escape(text));
            }
            else
            {
                token.Render(logEvent.Properties, line, CultureInfo.InvariantCulture);
            }
        }

        if (logEvent.Exception is { } exception)
        {
            line.Write($" ({NewsIngest.Cli.Output.TerminalText.Escape(exception.Message)})");
        }

        lock (_gate)
        {
            error.WriteLine(line.ToString());
        }
    }
}
