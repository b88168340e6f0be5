using AngleSharp.Dom;

namespace NewsIngest.Core.Html;

/// <summary>The page's <c>&lt;meta&gt;</c> values by lower-cased name, property, itemprop or http-equiv; the first value of a key wins.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static MetaTags Collect(IEnumerable<IElement> metaElements)
    {
        var tags = new MetaTags();
        foreach (var meta in metaElements)
        {
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["name", "property", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    // property="og:title article:tag" happens: every token is a key.
                    foreach (var token in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        tags.Add(token.ToLowerInvariant(), content.Trim());
                    }
                }
            }
        }

        return tags;
    }

    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var list))
            {
                return list[0];
            }
        }

        return null;
    }

    public IEnumerable<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];

    private void Add(string key, string value)
    {
        if (!_values.TryGetValue(key, out var list))
        {
            _values[key] = list = [];
        }

        list.Add(value);
    }
}
