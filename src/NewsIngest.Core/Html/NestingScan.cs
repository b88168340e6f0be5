namespace NewsIngest.Core.Html;

/// <summary>What <see cref="HtmlNesting.Limit"/> found: the markup to parse, the deepest nesting seen, and the number of tags.</summary>
/// <param name="Html">The page as given, or with the tags past the depth limit blanked out.</param>
/// <param name="Deepest">How many elements deep the page nests, as far as the pre-pass can tell.</param>
/// <param name="Tags">Start and end tags, comments and raw text not counted.</param>
/// <param name="Flattened">Whether tags were blanked out.</param>
public readonly record struct NestingScan(string Html, int Deepest, int Tags, bool Flattened);
