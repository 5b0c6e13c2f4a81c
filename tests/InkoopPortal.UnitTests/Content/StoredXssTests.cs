using InkoopPortal.Application.Content;
using InkoopPortal.TestSupport.Security;

namespace InkoopPortal.UnitTests.Content;

/// <summary>The editor path: whatever Markdown an editor writes, the stored and shown HTML runs nothing.</summary>
public class StoredXssTests
{
    public static TheoryData<int> PayloadNumbers() => new(Enumerable.Range(0, XssCorpus.Payloads.Count));

    [Fact]
    public void The_corpus_has_at_least_fifty_payloads_and_the_checker_sees_the_raw_ones()
    {
        XssCorpus.Payloads.Should().HaveCountGreaterOrEqualTo(50);
        // The checker must be able to fail: the raw HTML payloads, unsanitized, are found.
        var rawHtml = XssCorpus.Payloads.Where(payload => payload.StartsWith('<')).ToList();
        rawHtml.Count(payload => ExecutableHtml.Find(payload).Count > 0).Should().BeGreaterThan(rawHtml.Count * 3 / 4);
        ExecutableHtml.Find("<a href=\" JaVa\tScRiPt:alert(1)\">x</a>").Should().ContainSingle();
        ExecutableHtml.Find("<ul><li><strong>veilig</strong> <a href=\"https://www.cz.nl\">CZ</a></li></ul>").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(PayloadNumbers))]
    public void A_payload_as_a_statement_renders_to_html_that_runs_nothing(int number)
    {
        var payload = XssCorpus.Payloads[number];

        foreach (var markdown in new[] { payload, $"- punt\n  - {payload}", $"Tekst[^1]\n\n[^1]: {payload}" })
        {
            var html = RichTextRenderer.ToHtml(markdown);

            ExecutableHtml.Find(html).Should().BeEmpty($"payload {number} ({payload}) rendered as {html}");
        }
    }

    [Fact]
    public void Ordinary_links_and_lists_survive_sanitizing()
    {
        var html = RichTextRenderer.ToHtml("- Zie [het beleid](https://www.cz.nl/zorginkoopbeleid)\n  - subpunt met **vet**");

        html.Should().Contain("<a href=\"https://www.cz.nl/zorginkoopbeleid\">het beleid</a>").And.Contain("<strong>vet</strong>");
        html.Should().Contain("<ul>\n<li>subpunt");
    }
}
