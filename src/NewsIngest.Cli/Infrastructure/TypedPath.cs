namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// The ways a path typed on the command line may be stored: as typed, relative to the working folder (a store written
/// before paths were stored absolute), and absolute (as ingest stores them now). <c>show</c> and <c>dups explain</c>
/// look an article up by each in turn.
/// </summary>
internal static class TypedPath
{
    public static IEnumerable<string> Spellings(string typed)
    {
        yield return typed;
        if (typed.Length == 0)
        {
            // Nothing to resolve: an empty argument names no file (Path.GetFullPath refuses it).
            yield break;
        }

        var full = Path.GetFullPath(typed);
        yield return Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        yield return full;
    }
}
