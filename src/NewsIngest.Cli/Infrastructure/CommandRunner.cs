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
        catch (IOException ex) when (IsBrokenPipe(ex))
        {
            return ExitCodes.Success;
        }
    }

    public static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine($"newsingest: {message}");
        return ExitCodes.Error;
    }

    private static bool IsBrokenPipe(IOException ex) =>
        ex.HResult == 32 || ex.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);
}
