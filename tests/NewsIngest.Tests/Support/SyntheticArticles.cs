using System.Globalization;
using System.Text;

namespace NewsIngest.Tests.Support;

/// <summary>
/// Writes a deterministic folder of invented articles for scale and fault tests: a title, a date header and a few
/// paragraphs each, with every tenth file an edited re-post and every fifteenth an excerpt of an earlier one.
/// </summary>
public static class SyntheticArticles
{
    private static readonly string[] Words =
    [
        "council", "harbour", "river", "market", "school", "bridge", "farmers", "weather", "museum", "railway",
        "budget", "report", "village", "station", "garden", "library", "festival", "election", "hospital", "factory",
        "said", "announced", "expected", "planned", "opened", "closed", "reported", "warned", "agreed", "rejected",
        "new", "old", "local", "national", "small", "large", "early", "late", "public", "private",
        "on", "in", "at", "for", "with", "after", "before", "during", "under", "over",
        "the", "a", "its", "their", "this", "that", "every", "some", "many", "few",
        "week", "month", "year", "morning", "evening", "season", "spring", "autumn", "winter", "summer",
        "residents", "officials", "visitors", "workers", "students", "drivers", "owners", "experts", "critics", "voters",
    ];

    public static IReadOnlyList<string> Write(string folder, int count, int seed = 7)
    {
        var random = new Random(seed);
        var bodies = new List<string>(count);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            string body;
            if (i >= 20 && i % 10 == 0)
            {
                body = Edit(bodies[random.Next(i)], random);
            }
            else if (i >= 20 && i % 15 == 0)
            {
                var source = bodies[random.Next(i)].Split("\n\n");
                body = string.Join("\n\n", source.Take(Math.Max(3, source.Length * 3 / 4)));
            }
            else
            {
                body = string.Join("\n\n", Enumerable.Range(0, 5 + random.Next(4)).Select(_ => Paragraph(random)));
            }

            bodies.Add(body);
            var date = new DateOnly(2024, 1, 1).AddDays(random.Next(600)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var title = Title(random);
            var path = Path.Combine(folder, $"{i / 500:D3}", $"{i:D6}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"Title: {title}\nDate: {date}\n\n{body}\n");
            paths.Add(path);
        }

        return paths;
    }

    private static string Title(Random random)
    {
        var words = Enumerable.Range(0, 6).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }

    private static string Paragraph(Random random)
    {
        var text = new StringBuilder();
        for (var s = 0; s < 3 + random.Next(3); s++)
        {
            var words = Enumerable.Range(0, 10 + random.Next(12)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
            text.Append(string.Join(' ', words)).Append(random.Next(5) == 0 ? $" {random.Next(2, 999)}. " : ". ");
        }

        return text.ToString().TrimEnd();
    }

    private static string Edit(string body, Random random)
    {
        var words = body.Split(' ');
        for (var k = 0; k < Math.Max(1, words.Length / 50); k++)
        {
            words[random.Next(words.Length)] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', words);
    }
}
