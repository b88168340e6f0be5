namespace NewsIngest.Core.Model;

/// <summary>A piece of text the cleaner removed, with a stable reason code (see <see cref="BoilerplateReasons"/>).</summary>
public readonly record struct BoilerplateRemoval(string Text, string Reason);
