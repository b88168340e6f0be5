namespace NewsIngest.Cli.Infrastructure;

/// <summary>Two or three real invocations printed at the end of each command's <c>--help</c>.</summary>
internal static class CommandExamples
{
    private static readonly Dictionary<string, string[]> ByCommand = new(StringComparer.Ordinal)
    {
        ["newsingest"] = ["newsingest ingest ./articles", "newsingest search \"interest rates\" --since 2025", "newsingest --help"],
        ["newsingest ingest"] = ["newsingest ingest ./articles", "newsingest ingest --db corpus.db --max-file-size 20M a/ b/"],
        ["newsingest parse"] = ["newsingest parse story.txt", "newsingest parse ./articles --format jsonl | jq .title"],
        ["newsingest validate"] = ["newsingest validate ./articles", "newsingest validate --strict --format github ./articles", "newsingest validate --db news.db new/"],
        ["newsingest search"] =
        [
            "newsingest search Blair -Brown",
            "newsingest search '\"Mr. Blair\" OR title:Brown' --since 2005-01",
            "newsingest search econom* --format jsonl --fields id,title,snippet | jq -r .title",
        ],
        ["newsingest list"] = ["newsingest list --source BBC --limit 5", "newsingest list --since 2025-10 --format csv > october.csv"],
        ["newsingest show"] = ["newsingest show 12", "newsingest show articles/story.txt --format json"],
        ["newsingest stats"] = ["newsingest stats", "newsingest stats --format json | jq .by_source"],
        ["newsingest export"] = ["newsingest export --output corpus.jsonl", "newsingest export --format csv --output corpus.csv"],
        ["newsingest sql"] = ["newsingest sql \"select source, count(*) from articles group by source\"", "newsingest sql \"select id, title from articles where word_count > 1000\" --format csv"],
        ["newsingest dups"] = ["newsingest dups", "newsingest dups --format json | jq length"],
        ["newsingest dups explain"] = ["newsingest dups explain 3 4", "newsingest dups explain articles/a.txt articles/b.txt --format json"],
    };

    public static void Write(TextWriter output, string command)
    {
        if (!ByCommand.TryGetValue(command, out var examples))
        {
            return;
        }

        output.WriteLine("Examples:");
        foreach (var example in examples)
        {
            output.WriteLine($"  {example}");
        }

        output.WriteLine();
    }
}
