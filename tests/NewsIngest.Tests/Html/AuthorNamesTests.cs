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
    public void Split_turns_a_byline_into_names(string byline, string[] expected) =>
        Assert.Equal(expected, AuthorNames.Split(byline));
}
