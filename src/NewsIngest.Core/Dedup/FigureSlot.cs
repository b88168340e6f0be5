namespace NewsIngest.Core.Dedup;

/// <summary>A figure and the sentence frame it sits in: the words either side of its run of figures and its place in that run.</summary>
/// <param name="Context">Stable hash of (word before, word after, position in the run).</param>
/// <param name="Value">The figure as written, thousands commas removed (<c>1500</c>, <c>6-1/4</c>, <c>11:01</c>).</param>
/// <param name="InDate">The figure sits next to a month name ("April 7", "7 April 1987"): a day or a year of a date.</param>
public readonly record struct FigureSlot(ulong Context, string Value, bool InDate = false);
