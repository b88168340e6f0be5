namespace NewsIngest.Cli.Output;

/// <summary>A column of a <see cref="TableWriter"/> table.</summary>
/// <param name="Header">Printed above the column.</param>
/// <param name="AlignRight">Numbers are right-aligned.</param>
/// <param name="Flexible">Shrunk first when the table is wider than the terminal (titles).</param>
/// <param name="MaxWidth">Never wider than this, whatever the terminal.</param>
public sealed record TableColumn(string Header, bool AlignRight = false, bool Flexible = false, int MaxWidth = 60);
