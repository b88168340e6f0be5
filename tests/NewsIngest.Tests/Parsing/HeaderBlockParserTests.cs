using NewsIngest.Core.Parsing;

namespace NewsIngest.Tests.Parsing;

public class HeaderBlockParserTests
{
    [Fact]
    public void Keys_are_case_insensitive_and_continuation_lines_are_joined()
    {
        var block = HeaderBlockParser.Parse("subject: Cheap filters for\n the eclipse\nDATE: 2 May 94 10:15:00 EDT\n\nBody here.");

        Assert.Equal("Cheap filters for the eclipse", block.First("Subject"));
        Assert.Equal("2 May 94 10:15:00 EDT", block.First("date"));
        Assert.Equal("Body here.", block.Rest.Trim());
    }

    [Fact]
    public void Usenet_headers_folded_with_lines_of_spaces_stay_one_block()
    {
        var block = HeaderBlockParser.Parse("From: a@b.org (Ann)\nSummary: x\n  \n   more summary\nDate: 24 Apr 93 14:11:16 GMT\n\nBody");

        Assert.Equal("24 Apr 93 14:11:16 GMT", block.First("Date"));
    }

    [Fact]
    public void A_forwarded_message_rule_before_the_headers_is_skipped()
    {
        var block = HeaderBlockParser.Parse("---------- Forwarded message ---------\nFrom: Ann <a@b.org>\nSubject: Fwd: News\n\nBody");

        Assert.Equal("Fwd: News", block.First("Subject"));
    }

    [Theory]
    [InlineData("Note: the meeting moved.\n\nBody")]
    [InlineData("Trump weighs strikes\n\nBody")]
    public void Text_without_a_known_key_has_no_header_block(string text)
    {
        var block = HeaderBlockParser.Parse(text);

        Assert.True(block.IsEmpty);
        Assert.Equal(text, block.Rest);
    }

    [Theory]
    [InlineData("strom@Watson.Ibm.Com (Rob Strom)", "Rob Strom")]
    [InlineData("\"Robert Knowles\" <p00261@psilink.com>", "Robert Knowles")]
    [InlineData("Ann Lee <ann@example.org>", "Ann Lee")]
    [InlineData("kmagnacca@eagle.wesleyan.edu", null)]
    [InlineData("t890449@patan.fi.upm.es ()", null)]
    public void The_From_name_is_the_person_never_the_address(string from, string? name) =>
        Assert.Equal(name, AddressParser.DisplayName(from));
}
