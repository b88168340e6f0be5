using System.Text.Json;

namespace NewsIngest.Core.Html;

/// <summary>Reads schema.org JSON-LD blocks: article objects at the top, in arrays or in <c>@graph</c>, tolerating the sloppy JSON pages ship.</summary>
internal static partial class JsonLdReader
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
        "ScholarlyArticle", "TechArticle", "Report", "SatiricalArticle", "AdvertiserContentArticle", "MedicalScholarlyArticle",
        "DiscussionForumPosting", "Review", "CreativeWork",
    };

    /// <summary>Objects that stand for the page itself: their author is the article's when no article object names one (an image's author is the photographer).</summary>
    private static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "AboutPage", "ProfilePage", "QAPage", "FAQPage", "CollectionPage", "Recipe", "HowTo",
    };

    public static void Read(string json, JsonLdFacts facts)
    {
        try
        {
            Read(WithoutCData(json), facts);
        }
        catch (JsonException)
        {
            // Line breaks and tabs typed straight into a string ("articleBody" pasted from the editor) break strict
            // JSON but nothing else: read again with them escaped. Other breakage (unescaped quotes, HTML comments)
            // leaves the other sources to apply.
            if (EscapeControlCharacters(WithoutCData(json).Span) is { } repaired)
            {
                try
                {
                    Read(repaired.AsMemory(), facts);
                }
                catch (JsonException)
                {
                }
            }
        }
    }

    private static void Read(ReadOnlyMemory<char> json, JsonLdFacts facts)
    {
        using var document = JsonDocument.Parse(json, Lenient);
        var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        CollectNodes(document.RootElement, nodes, depth: 0);
        Visit(document.RootElement, facts, nodes, depth: 0);
    }

    /// <summary>The JSON with control characters inside its strings written as escapes; null when it has none there.</summary>
    internal static string? EscapeControlCharacters(ReadOnlySpan<char> json)
    {
        var builder = new System.Text.StringBuilder(json.Length + 16);
        var inString = false;
        var changed = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString && c == '\\' && i + 1 < json.Length)
            {
                builder.Append(c).Append(json[++i]);
                continue;
            }

            if (c == '"')
            {
                inString = !inString;
            }
            else if (inString && c < ' ')
            {
                builder.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\u{(int)c:x4}" });
                changed = true;
                continue;
            }

            builder.Append(c);
        }

        return changed ? builder.ToString() : null;
    }

    /// <summary>
    /// The JSON inside a <c>&lt;![CDATA[ … ]]&gt;</c> wrapper (bare or behind <c>//</c> or <c>/* */</c>), which
    /// pages written for XHTML put around script text; JSON as it is otherwise.
    /// </summary>
    internal static ReadOnlyMemory<char> WithoutCData(string json)
    {
        var start = json.IndexOf("<![CDATA[", StringComparison.Ordinal);
        if (start < 0 || json.AsSpan(0, start).IndexOfAny('{', '[') >= 0)
        {
            return json.AsMemory();
        }

        var end = json.LastIndexOf("]]>", StringComparison.Ordinal);
        var from = start + "<![CDATA[".Length;
        var to = end >= from ? end : json.Length;
        // "/*<![CDATA[*/" leaves the comment's close after the marker, and "//" or "/*" stands before "]]>":
        // neither is JSON, so both are cut.
        var inner = json.AsSpan(from, to - from);
        var lead = inner.Length - inner.TrimStart().Length;
        if (inner[lead..].StartsWith("*/", StringComparison.Ordinal))
        {
            from += lead + 2;
        }

        var body = json.AsSpan(from, to - from).TrimEnd();
        if (body.EndsWith("/*", StringComparison.Ordinal) || body.EndsWith("//", StringComparison.Ordinal))
        {
            to = from + body.Length - 2;
        }

        return json.AsMemory(from, to - from);
    }

    /// <summary>
    /// Every object of the block that has an <c>@id</c> and says more than its id: a <c>@graph</c> often names the
    /// article's author only as <c>{"@id": "…#/schema/person/…"}</c> and describes that person in a node of its own.
    /// </summary>
    private static void CollectNodes(JsonElement element, Dictionary<string, JsonElement> nodes, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectNodes(item, nodes, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && element.TryGetProperty("name", out _))
        {
            nodes.TryAdd(id.GetString()!, element);
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            CollectNodes(graph, nodes, depth + 1);
        }
    }

    private static void Visit(JsonElement element, JsonLdFacts facts, Dictionary<string, JsonElement> nodes, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, facts, nodes, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, facts, nodes, depth + 1);
        }

        var isArticle = HasType(element, ArticleTypes);
        if (isArticle)
        {
            facts.IsArticle = true;
            facts.Headline ??= Text(element, "headline") ?? Text(element, "name");
            facts.Published ??= Text(element, "datePublished") ?? Text(element, "dateCreated");
            facts.Modified ??= Text(element, "dateModified");
            if (facts.Authors.Count == 0 && element.TryGetProperty("author", out var author))
            {
                AddPeople(author, facts.Authors, facts.People, nodes, facts.OrganizationAuthors);
            }

            if (facts.Publisher is null && element.TryGetProperty("publisher", out var publisher))
            {
                facts.Publisher = Name(publisher);
            }
        }
        else
        {
            facts.OtherPublished ??= Text(element, "datePublished");
            if (facts.OtherAuthors.Count == 0 && HasType(element, PageTypes) && element.TryGetProperty("author", out var pageAuthor))
            {
                AddPeople(pageAuthor, facts.OtherAuthors, facts.People, nodes);
            }
            if (facts.Publisher is null && element.TryGetProperty("publisher", out var publisher))
            {
                facts.Publisher = Name(publisher);
            }
        }

        foreach (var nested in (ReadOnlySpan<string>)["mainEntity", "mainEntityOfPage", "itemListElement"])
        {
            if (element.TryGetProperty(nested, out var child) && child.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Visit(child, facts, nodes, depth + 1);
            }
        }
    }

    private static void AddPeople(JsonElement author, List<string> into, HashSet<string> people, Dictionary<string, JsonElement> nodes, List<string>? organizations = null)
    {
        // A reference ({"@id": "…"} and nothing else to name it) stands for the node the block describes elsewhere.
        if (author.ValueKind == JsonValueKind.Object && !author.TryGetProperty("name", out _)
            && author.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && nodes.TryGetValue(id.GetString()!, out var node))
        {
            author = node;
        }

        switch (author.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    AddPeople(item, into, people, nodes, organizations);
                }

                break;
            case JsonValueKind.String:
                into.AddRange(AuthorNames.Split(author.GetString()!));
                break;
            case JsonValueKind.Object:
                // ["Person", "Organization"] (a person who is the site, as SEO plugins write it) is still a person.
                if ((HasType(element: author, ["Person"]) || !HasType(element: author, ["Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand"]))
                    && Name(author) is { } name)
                {
                    // {"@type": "Person", "name": ["Ann Lee", "Bo Chen"]}: a CMS that lists every writer under one person.
                    var names = author.TryGetProperty("name", out var listed) && listed.ValueKind == JsonValueKind.Array
                        ? listed.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).SelectMany(n => AuthorNames.Split(Clean(n.GetString()) ?? "")).Distinct().ToList()
                        : AuthorNames.Split(name);
                    into.AddRange(names);
                    if (HasType(element: author, ["Person"]))
                    {
                        people.UnionWith(names);
                    }
                }
                else if (organizations is not null && Name(author) is { Length: > 0 } organization)
                {
                    organizations.Add(organization);
                }

                break;
        }
    }

    private static string? Name(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Clean(element.GetString()),
        JsonValueKind.Object => Text(element, "name"),
        JsonValueKind.Array => element.GetArrayLength() > 0 ? Name(element[0]) : null,
        _ => null,
    };

    private static bool HasType(JsonElement element, IReadOnlyCollection<string> types)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return types.Contains(StripVocabulary(type.GetString()!));
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && types.Contains(StripVocabulary(t.GetString()!)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string StripVocabulary(string type)
    {
        var slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    private static string? Text(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => Clean(value[0].GetString()),
            JsonValueKind.Object => Text(value, "name") ?? Text(value, "@value"),
            _ => null,
        };
    }

    private static string? Clean(string? value)
    {
        // A value the CMS rendered as markup ("<a href=\"/experts/ann-lee\">Ann Lee</a>") holds its text.
        if (value is not null && value.Contains('<', StringComparison.Ordinal) && value.Contains('>', StringComparison.Ordinal))
        {
            value = Markup().Replace(value, " ");
        }

        var text = HtmlText.Collapse(System.Net.WebUtility.HtmlDecode(value ?? string.Empty));
        return text.Length == 0 ? null : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<[a-zA-Z/!][^<>]*>", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Markup();
}
