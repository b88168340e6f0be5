namespace NewsIngest.Storage;

/// <summary>
/// One file stored under other spellings of its path (<c>seeds/a.txt</c>, <c>./seeds/a.txt</c>, <c>seeds//a.txt</c>)
/// that an ingest now gives as <see cref="Path"/>, its one absolute form.
/// </summary>
/// <param name="Path">The absolute, normalised path the file is stored under from now on.</param>
/// <param name="Spellings">The other paths the store holds for the same file.</param>
public sealed record PathSpellings(string Path, IReadOnlyList<string> Spellings);
