using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsIngest.Core.Model;
using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Reading;
using NewsIngest.Core.Serialization;
using NewsIngest.Core.Text;
using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Reliability;

/// <summary>
/// The parser on thousands of random and mutated inputs (seeded, so a failure replays): no exception escapes, and
/// every record it returns keeps the contract whatever the input looked like.
/// </summary>
public partial class ParserPropertyTests
{
    private static readonly ArticlePipeline Pipeline = new(new ParseOptions { Today = new DateOnly(2025, 6, 30), EarliestPlausibleYear = 1990 });

    private static readonly string[] Fragments =
    [
        "Title: ", "Date: ", "By ", "Author: ", "Source: ", "Published ", "Updated: ", "(Reuters) - ", "LONDON, ", "(AP) — ",
        "Copyright 2019 ", "© 2024 ", "All rights reserved.", "Share this article", "Read more:", "Related:", "Photo: ",
        "\n", "\n\n", "\r\n", "  ", "\t", " — ", "-", "\"", "«", "»", "'", ": ", ", ", ". ",
        "2025-03-04", "2031-01-01", "1850-05-05", "4 March 2025", "March 4, 2025", "03/04/25", "31/02/2024", "Tue, 4 Mar 2025 10:00:00 +0100",
        "2025", "yesterday", "Monday", "12:30", "1,000", "3.5%",
        "council", "harbour", "Ünïcode", "北京", "Москва", "café", "the", "said", "on", "Mr. Smith", "Jane Doe",
        "<p>", "</p>", "<html>", "<title>", "</title>", "<meta name=\"date\" content=\"2024-02-02\">", "&amp;", "<script>x</script>",
    ];

    [Fact]
    public void Random_bytes_never_throw_and_any_record_keeps_the_contract()
    {
        var random = new Random(11);
        var stored = 0;
        for (var i = 0; i < 1500; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            if (i % 3 == 0)
            {
                // Mostly printable bytes reach the text parser instead of stopping at the binary check.
                for (var k = 0; k < bytes.Length; k++)
                {
                    bytes[k] = (byte)(bytes[k] % 3 == 0 ? '\n' : 32 + (bytes[k] % 95));
                }
            }

            stored += Check($"random-{i}.txt", bytes) is null ? 0 : 1;
        }

        Assert.True(stored > 300, $"only {stored} random inputs got as far as a record");
    }

    [Fact]
    public void Random_text_built_from_article_parts_never_throws_and_keeps_the_contract()
    {
        var random = new Random(12);
        var dated = 0;
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 60); k > 0; k--)
            {
                text.Append(Fragments[random.Next(Fragments.Length)]);
            }

            var record = Check(i % 5 == 0 ? $"random-{i}.html" : $"random-{i}.txt", Encoding.UTF8.GetBytes(text.ToString()));
            dated += record?.Published is null ? 0 : 1;
        }

        Assert.True(dated > 200, $"only {dated} random texts got a date: the date checks hardly ran");
    }

    [Fact]
    public void Truncated_and_mutated_seeds_and_samples_never_throw_and_keep_the_contract()
    {
        var originals = Directory.EnumerateFiles(RepoPaths.Seeds)
            .Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Bytes: File.ReadAllBytes(path)))
            .ToList();
        Assert.True(originals.Count > 20);
        var random = new Random(13);
        var (dated, cleaned) = (0, 0);
        for (var i = 0; i < 2000; i++)
        {
            var (name, bytes) = originals[i % originals.Count];
            var record = Check($"{i}-{name}", Mutate(bytes, random));
            dated += record?.Published is null ? 0 : 1;
            cleaned += record?.Boilerplate.Count > 0 ? 1 : 0;
        }

        Assert.True(dated > 500 && cleaned > 200, $"{dated} mutated inputs got a date and {cleaned} had boilerplate removed: the checks hardly ran");
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var result = new List<byte>(bytes);
        for (var step = random.Next(1, 4); step > 0 && result.Count > 0; step--)
        {
            var at = random.Next(result.Count);
            switch (random.Next(5))
            {
                case 0:
                    result.RemoveRange(at, result.Count - at);
                    break;
                case 1:
                    result.RemoveRange(at, Math.Min(result.Count - at, random.Next(1, 200)));
                    break;
                case 2:
                    var from = random.Next(result.Count);
                    result.InsertRange(at, result.GetRange(from, Math.Min(40, result.Count - from)));
                    break;
                case 3:
                    result[at] = (byte)random.Next(256);
                    break;
                default:
                    result.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
            }
        }

        return [.. result];
    }

    /// <summary>Parses and checks one input; returns the record when there is one, so a test can tell it was not vacuous.</summary>
    private static ArticleRecord? Check(string path, byte[] bytes)
    {
        ParseOutcome outcome;
        try
        {
            outcome = Pipeline.Parse(path, bytes);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"{path}: {Convert.ToBase64String(bytes)}", ex);
        }

        if (outcome is not ParseOutcome.Success { Article: var article })
        {
            Assert.False(string.IsNullOrWhiteSpace(((ParseOutcome.Failure)outcome).Reason));
            return null;
        }

        var record = RecordJson.Deserialize<ArticleRecord>(RecordJson.Serialize(ArticleRecord.From(article)))!;
        var input = Visible(path, bytes);
        Assert.Equal(WordCounter.Count(record.Body), record.WordCount);
        Assert.True((record.Published is null) == (record.DateSource == "none"), $"{path}: published {record.Published} from {record.DateSource}");
        if (record.Published is { } published)
        {
            var day = Day(published);
            Assert.True(day is { } d && d <= Pipeline.Options.Today && d.Year >= Pipeline.Options.EarliestPlausibleYear, $"{path}: implausible published {published}");
            Assert.True(input.Contains(published[..4], StringComparison.Ordinal) || input.Contains(published[2..4], StringComparison.Ordinal), $"{path}: the year of {published} is not in the input");
        }

        foreach (var removal in record.Boilerplate)
        {
            // HTML text is assembled from many nodes (a title beside a stray text node), so there each word is checked.
            var letters = Words(input);
            var found = Words(removal.Text) is not { Length: > 0 } words
                ? Spaced(input).Contains(Spaced(removal.Text).Trim(), StringComparison.Ordinal)
                : IsHtml(path, input)
                    ? WordPattern().Matches(removal.Text.ToLowerInvariant()).All(w => letters.Contains(w.Value, StringComparison.Ordinal))
                    : letters.Contains(words, StringComparison.Ordinal);
            Assert.True(found, $"{path}: boilerplate '{removal.Text}' is not in the input:\n{input}");
        }

        return record;
    }

    /// <summary>The day a published value names: a year counts as its first day, a date-time as its local date.</summary>
    private static DateOnly? Day(string published)
    {
        if (YearPattern().IsMatch(published))
        {
            return new DateOnly(int.Parse(published, CultureInfo.InvariantCulture), 1, 1);
        }

        if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // ISO 8601 reduced precision: a month the text gives without a day ("May 2024") is recorded as 2024-05.
        if (DateOnly.TryParseExact(published, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        return DateTimeOffset.TryParseExact(published, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }

    /// <summary>The input as a reader sees it: decoded, and for HTML without tags and entities.</summary>
    private static string Visible(string path, byte[] bytes)
    {
        var text = ArticleDecoder.Decode(bytes) is DecodeOutcome.Decoded decoded ? decoded.Value.Text : Encoding.Latin1.GetString(bytes);
        return IsHtml(path, text)
            ? string.Join(" \n ", text, WebUtility.HtmlDecode(text), WebUtility.HtmlDecode(TagPattern().Replace(text, " ")))
            : text;
    }

    private static bool IsHtml(string path, string text) =>
        path.EndsWith(".html", StringComparison.Ordinal) || text.Contains('<', StringComparison.Ordinal);

    /// <summary>
    /// Only the letters and digits, lower-cased and run together: the cleaner may re-wrap, trim and re-case, and HTML
    /// text joins across inline tags without a space.
    /// </summary>
    private static string Words(string text) => string.Concat(WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    /// <summary>Whitespace runs as one space: for removals made of punctuation only (a "--" signature line).</summary>
    private static string Spaced(string text) => " " + SpacePattern().Replace(text, " ") + " ";

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
