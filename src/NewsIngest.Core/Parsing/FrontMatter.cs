using NewsIngest.Core.Dates;
using NewsIngest.Core.Model;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// What the lines before the story told: title, a date header, byline, photo captions. <see cref="Consumed"/>
/// marks the paragraphs that were metadata (they leave the body); <see cref="Removed"/> lists those that were
/// boilerplate (captions, a repeated title), in document order.
/// </summary>
public sealed record FrontMatter(
    string? Title,
    PartialDate? Date,
    string? DateRaw,
    Byline? Byline,
    string? Source,
    bool[] Consumed,
    IReadOnlyList<(int Index, BoilerplateRemoval Removal)> Removed);
