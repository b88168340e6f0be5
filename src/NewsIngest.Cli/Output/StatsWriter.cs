using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsIngest.Storage.Queries;

namespace NewsIngest.Cli.Output;

/// <summary>The <c>stats</c> report: aligned text (a bar per month on a terminal) or one JSON object.</summary>
public static class StatsWriter
{
    private const int MaxBar = 40;

    /// <summary>Sources shown on a terminal, the largest first; a pipe gets every one.</summary>
    public const int TerminalSources = 20;

    /// <summary>More dated months than this are shown a year a line on a terminal; a pipe gets every month.</summary>
    public const int TerminalMonths = 36;

    /// <param name="output">Where the report goes.</param>
    /// <param name="stats">The counts.</param>
    /// <param name="terminal">A person reads it: a bar per month, and the largest sources only, with a line saying
    /// how many more there are (a corpus of crawls holds thousands); a pipe gets every source and no bars.</param>
    /// <param name="width">The terminal's width in cells.</param>
    public static void WriteText(TextWriter output, StoreStats stats, bool terminal, int width)
    {
        output.WriteLine($"articles      {N(stats.Articles)}");
        output.WriteLine($"duplicates    {N(stats.Duplicates)}");
        output.WriteLine($"clusters      {N(stats.Clusters)}");
        output.WriteLine($"failed files  {N(stats.FailedFiles)}");
        output.WriteLine($"runs          {N(stats.Runs)}");
        var sources = stats.BySource;
        var left = 0;
        if (terminal && sources.Count(c => c.Key is not null) > TerminalSources)
        {
            // The articles without a source stay in view: how many lack one is part of the picture.
            sources = [.. sources.Where(c => c.Key is not null).Take(TerminalSources), .. sources.Where(c => c.Key is null)];
            left = stats.BySource.Count - sources.Count;
        }

        Breakdown(output, "by source", sources, bars: false, width);
        if (left > 0)
        {
            output.WriteLine($"  … {N(left)} more (--format json, or stats in a pipe, lists them all)");
        }

        var months = stats.ByMonth.Count(c => c.Key is not null);
        if (terminal && months > TerminalMonths)
        {
            // Decades of a news archive are hundreds of months: a line a year keeps the shape in one screen.
            Breakdown(output, "by year", ByYear(stats.ByMonth), bars: true, width);
            output.WriteLine($"  ({N(months)} months: --format json, or stats in a pipe, lists them by month)");
            return;
        }

        Breakdown(output, "by month", stats.ByMonth, terminal, width);
    }

    /// <summary>Month counts ("2024-03") summed by their year, in the months' order; undated stays "(none)".</summary>
    public static IReadOnlyList<CountBy> ByYear(IReadOnlyList<CountBy> byMonth)
    {
        var years = new List<CountBy>();
        foreach (var month in byMonth)
        {
            var key = month.Key is { Length: >= 4 } k ? k[..4] : month.Key;
            var last = years.Count - 1;
            if (last >= 0 && years[last].Key == key)
            {
                years[last] = years[last] with { Count = years[last].Count + month.Count };
            }
            else
            {
                years.Add(month with { Key = key });
            }
        }

        return years;
    }

    public static void WriteJson(TextWriter output, StoreStats stats)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("articles", stats.Articles);
            json.WriteNumber("duplicates", stats.Duplicates);
            json.WriteNumber("clusters", stats.Clusters);
            json.WriteNumber("failed_files", stats.FailedFiles);
            json.WriteNumber("runs", stats.Runs);
            Counts(json, "by_source", stats.BySource);
            Counts(json, "by_month", stats.ByMonth);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A bar of at most <paramref name="room"/> cells, scaled to the largest count; any count gets one cell.</summary>
    public static string Bar(long count, long max, int room) =>
        max <= 0 || count <= 0 ? "" : new string('█', (int)Math.Max(1, Math.Round((double)count * room / max)));

    private static void Breakdown(TextWriter output, string title, IReadOnlyList<CountBy> counts, bool bars, int width)
    {
        output.WriteLine();
        output.WriteLine(title);
        if (counts.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }

        var keyWidth = Math.Min(30, counts.Max(c => TextWidth.Visible(Key(c))));
        var numberWidth = counts.Max(c => N(c.Count).Length);
        // Undated articles are no month: they get no bar and do not set the scale.
        var max = counts.Where(c => c.Key is not null).Select(c => c.Count).DefaultIfEmpty(0).Max();
        var room = Math.Clamp(width - keyWidth - numberWidth - 6, 0, MaxBar);
        foreach (var count in counts)
        {
            var line = $"  {TextWidth.Fit(Key(count), keyWidth)}  {N(count.Count).PadLeft(numberWidth)}";
            output.WriteLine(bars && room > 0 && count.Key is not null ? $"{line}  {Bar(count.Count, max, room)}" : line);
        }
    }

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyList<CountBy> counts)
    {
        json.WriteStartArray(name);
        foreach (var count in counts)
        {
            json.WriteStartObject();
            json.WriteString("key", count.Key);
            json.WriteNumber("count", count.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Key(CountBy count) => count.Key ?? "(none)";

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
