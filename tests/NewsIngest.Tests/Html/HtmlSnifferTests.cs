using System.Text;
using NewsIngest.Core.Html;

namespace NewsIngest.Tests.Html;

public sealed class HtmlSnifferTests
{
    [Theory]
    [InlineData("a.html")]
    [InlineData("a.HTM")]
    [InlineData("a.xhtml")]
    [InlineData("a.html.gz")]
    public void LooksLikeHtml_trusts_the_extension(string path) =>
        Assert.True(HtmlSniffer.LooksLikeHtml(path, "plain words"u8));

    [Theory]
    [InlineData("<!DOCTYPE html><html>")]
    [InlineData("\uFEFF  \n<html lang=\"en\">")]
    [InlineData("<!-- saved from url -->\n<html>")]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")]
    [InlineData("<head><title>x</title>")]
    [InlineData("<BODY>")]
    public void LooksLikeHtml_recognises_a_page_by_its_opening(string content) =>
        Assert.True(HtmlSniffer.LooksLikeHtml("article.txt", Encoding.UTF8.GetBytes(content)));

    [Theory]
    [InlineData("Title: A story\n\nThe body <b>with</b> a tag.")]
    [InlineData("<htmlish>")]
    [InlineData("<?xml version=\"1.0\"?><rss>")]
    public void LooksLikeHtml_does_not_take_text_with_a_tag_in_it_for_a_page(string content) =>
        Assert.False(HtmlSniffer.LooksLikeHtml("article.txt", Encoding.UTF8.GetBytes(content)));
}
