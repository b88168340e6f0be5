using NewsIngest.Core.Dates;

namespace NewsIngest.Core.Parsing;

/// <summary>
/// A dateline lifted off the first paragraph: the place (<c>NEW YORK</c>, <c>BOSTON, Mass.</c>), the agency
/// when given (<c>Reuters</c>), the date when given, and the paragraph without it.
/// </summary>
public sealed record Dateline(string? Place, string? Agency, PartialDate? Date, string Rest);
