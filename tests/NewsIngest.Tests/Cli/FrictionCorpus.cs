using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Cli;

/// <summary>
/// A small store of our own articles with the text people search for and type filters on: possessives, initials,
/// money, percentages, hyphenated words, outlets with several words, a Japanese title. Built by the real ingest.
/// </summary>
public sealed class FrictionCorpus : IDisposable
{
    private readonly TempFolder _folder = new();

    public FrictionCorpus()
    {
        _folder.Write("articles/blair.txt", """
            Title: Blair's plan for the U.S. economy
            Date: 2025-03-01
            Source: BBC News
            Author: Margaret Atwood

            Mr. Blair said on Monday that the trade deal with the U.S. was worth $1.13bn and that 76% of voters in the survey backed it.

            O'Brien, who chairs the committee, sent an e-mail to members asking them to approve the new rates before the summer recess.

            The prime minister is expected to set out the details in a speech to business leaders in Manchester later this week.
            """);
        _folder.Write("articles/brown.txt", """
            Title: Warning on interest
            Date: 2025-03-02
            Source: Reuters
            Author: John Smith

            Gordon Brown told a conference in Edinburgh that lending costs would have to rise if inflation kept climbing through the spring.

            He met Tony Blair in London after the speech, and said the treasury had prepared for a slower year of growth.
            """);
        _folder.Write("articles/tokyo.txt", """
            Title: 東京で新しい図書館が開館した
            Date: 2025-04-10
            Source: NHK

            東京の中心部に新しい図書館が月曜日に開館し、初日から多くの市民が訪れた。館長は、子ども向けの本を増やしたと話した。

            図書館は毎日午前九時から午後九時まで開いており、週末には読み聞かせの会も開かれる予定だという。
            """);
        _folder.Write("articles/long.txt", """
            Title: The harbour wall is rebuilt after the winter storms
            Date: 2025-02-11
            Source: The Northern Evening Chronicle and Gazette
            Author: Alexandra Montgomery-Wellington and Bartholomew Richardson

            Workers finished the new harbour wall on Friday, three months after the winter storms broke the old one in two places.

            The fishing fleet, which had moored in the next town since January, is expected back in the harbour next week.
            """);
        Db = _folder.File("friction.db");
        var run = CliRun.Invoke("ingest", _folder.File("articles"), "--db", Db);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"ingest failed: {run.Error}");
        }
    }

    public string Db { get; }

    /// <summary>The folder of the article files (four of them).</summary>
    public string Articles => _folder.File("articles");

    public void Dispose() => _folder.Dispose();
}
