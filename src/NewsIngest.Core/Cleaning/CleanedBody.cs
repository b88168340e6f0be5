using NewsIngest.Core.Model;

namespace NewsIngest.Core.Cleaning;

/// <summary>The paragraphs that are the article, and what was removed, in document order.</summary>
public sealed record CleanedBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<BoilerplateRemoval> Removed);
