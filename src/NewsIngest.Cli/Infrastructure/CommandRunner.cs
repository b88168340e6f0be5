using NewsIngest.Cli.Output;
using NewsIngest.Core.Search;
using NewsIngest.Storage;

namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// Runs a command body and turns the errors users can fix into one line on stderr and exit 2; a closed pipe on
/// stdout is success (<c>newsingest list | head</c>).
/// </summary>
public static class CommandRunner
{
    public static int Run(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException ex)
        {
            return Fail(context, ex.Message);
        }
        catch (StoreException ex)
        {
            return Fail(context, ex.Message);
        }
        catch (OutputWriteException ex)
        {
            return Fail(context, ex.Message);
        }
        catch (SearchQueryException ex)
        {
            return Fail(context, ex.Message);
        }
        catch (IOException ex) when (CheckedOutputStream.IsBrokenPipe(ex))
        {
            return ExitCodes.Success;
        }
    }

    public static int Fail(CliContext context, string message)
    {
        // A path or a query in the message may hold control characters: made visible, they cannot forge lines.
        context.Error.WriteLine($"newsingest: {TerminalText.Escape(message)}");
        return ExitCodes.Error;
    }
}
