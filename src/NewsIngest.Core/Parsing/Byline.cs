using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Parsing;

/// <summary>What a byline says: the people, the outlet, and a date when it carries one.</summary>
public sealed record Byline(IReadOnlyList<string> Authors, string? Source, PartialDate? Date);
