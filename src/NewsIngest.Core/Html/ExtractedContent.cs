using NewsIngest.Core.Model;

namespace NewsIngest.Core.Html;

/// <summary>The main text of a page: its paragraphs in order, what was cut, and whether the page looked like an article at all.</summary>
public sealed record ExtractedContent(IReadOnlyList<string> Paragraphs, IReadOnlyList<BoilerplateRemoval> Removed, bool LooksLikeListing);
