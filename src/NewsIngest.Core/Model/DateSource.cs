namespace NewsIngest.Core.Model;

/// <summary>Where <see cref="Article.Published"/> came from; serialised in lower case.</summary>
public enum DateSource
{
    None,
    Header,
    Meta,
    Byline,
    Text,
    Copyright,
}
