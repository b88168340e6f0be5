using NewsIngest.Core.Model;
using NewsIngest.Core.Serialization;

namespace NewsIngest.Tests.Serialization;

public class RecordJsonTests
{
    [Fact]
    public void A_parse_record_uses_snake_case_keeps_nulls_and_leaves_out_store_and_search_fields()
    {
        var article = new Article
        {
            Path = "a.txt",
            Sha256 = "00",
            Body = "It was… fine.",
            Boilerplate = [new BoilerplateRemoval("The-CNN-Wire", BoilerplateReasons.WireTag)],
        };

        var json = RecordJson.Serialize(ArticleRecord.From(article));

        Assert.Contains("\"title\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"date_source\":\"none\"", json, StringComparison.Ordinal);
        Assert.Contains("\"word_count\":3", json, StringComparison.Ordinal);
        Assert.Contains("It was… fine.", json, StringComparison.Ordinal);
        Assert.Contains("{\"text\":\"The-CNN-Wire\",\"reason\":\"wire-tag\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"rank\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"snippet\"", json, StringComparison.Ordinal);
    }
}
