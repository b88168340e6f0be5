using NewsIngest.Core.Html;

namespace NewsIngest.Tests.Html;

public sealed class AuthorNamesTests
{
    [Theory]
    [InlineData("By Ann Lee and Bo Chen", new[] { "Ann Lee", "Bo Chen" })]
    [InlineData("Ann Lee, Staff Writer", new[] { "Ann Lee" })]
    [InlineData("von Jonas Albrecht und Mia Roth", new[] { "Jonas Albrecht", "Mia Roth" })]
    [InlineData("By Nathan Willis March 25, 2015", new[] { "Nathan Willis" })]
    [InlineData("https://social.example/profile/someone", new string[0])]
    [InlineData("Reuters", new string[0])]
    [InlineData("Eingestellt von Mia Roth am 3. Mai", new[] { "Mia Roth" })]
    [InlineData("Par Marine Le Pen", new[] { "Marine Le Pen" })]
    [InlineData("Erstellt von Anna Berg", new[] { "Anna Berg" })]
    [InlineData("Interview: Jonas Albrecht", new[] { "Jonas Albrecht" })]
    [InlineData("Mia Roth Fr, 3. Mai 2019", new[] { "Mia Roth" })]
    [InlineData("Ben Ott Stand: 04.01.2023", new[] { "Ben Ott" })]
    [InlineData("Von", new string[0])]
    [InlineData("Auteurs", new string[0])]
    [InlineData("Donnerstag", new string[0])]
    [InlineData("Ann Lee —", new[] { "Ann Lee" })]
    [InlineData("Written by Ann Lee Edited by Bo Chen", new[] { "Ann Lee" })]
    [InlineData("Last Updated: March 4, 2024", new string[0])]
    [InlineData("Follow Author", new string[0])]
    [InlineData("Ann Lee / Bo Chen", new[] { "Ann Lee", "Bo Chen" })]
    [InlineData("Ann Lee Staff", new[] { "Ann Lee" })]
    [InlineData("Gespeichert von Mia Roth am 3. Mai 2019", new[] { "Mia Roth" })]
    [InlineData("Ein Artikel von Mia Roth", new[] { "Mia Roth" })]
    [InlineData("Text von Ben Ott Illustration von Ida Falk", new[] { "Ben Ott" })]
    [InlineData("Posted by Ann Lee at 18:52", new[] { "Ann Lee" })]
    [InlineData("Foto: Ida Falk", new string[0])]
    [InlineData("Ida Falk (https://ida.example/blog/)", new[] { "Ida Falk" })]
    [InlineData("Ida Falk <ida@example.org>", new[] { "Ida Falk" })]
    [InlineData("mh", new[] { "mh" })]
    [InlineData("harbour2fan", new string[0])]
    [InlineData("Ida Falk Do, 3. Feb 2022", new[] { "Ida Falk" })]
    [InlineData("Autoren Ida Falk und Ben Ott", new[] { "Ida Falk", "Ben Ott" })]
    [InlineData("harbour-news.de, Kiel, Germany", new string[0])]
    [InlineData("Text und Interview: Ida Falk", new[] { "Ida Falk" })]
    [InlineData("Bild © Ida Falk", new string[0])]
    [InlineData("Stand", new string[0])]
    public void Split_turns_a_byline_into_names(string byline, string[] expected) =>
        Assert.Equal(expected, AuthorNames.Split(byline));
}
