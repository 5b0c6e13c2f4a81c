using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.TestSupport.Security;
using InkoopPortal.UnitTests.Import.PolicyText;

namespace InkoopPortal.UnitTests.Content;

/// <summary>Pipe tables in statements and sections render as HTML tables, never as raw "|" text, and stay safe.</summary>
public class PipeTableTests
{
    [Fact]
    public void A_pipe_table_is_an_html_table_with_head_and_body()
    {
        var html = RichTextRenderer.ToHtml("Tarieven:\n\n| Sector | % |\n| :--- | ---: |\n| VV | 95,5% |\n| GZ | 95,7% |");

        html.Should().Contain("<table aria-label=\"Tabel met de kolommen Sector, %\">").And.Contain("<thead>").And.Contain("<th scope=\"col\">Sector</th>")
            .And.Contain("<tbody>").And.Contain("<td>VV</td>").And.Contain("<td>95,5%</td>");
        html.Should().NotContain("|").And.NotContain("style=", "alignment styles are not let through");
    }

    [Fact]
    public void An_escaped_pipe_is_a_pipe_inside_its_cell() =>
        RichTextRenderer.ToHtml("| Prestatie | Tarief |\n| --- | --- |\n| Verpleging \\| thuis | € 86 |").Should().Contain("<td>Verpleging | thuis</td>");

    [Fact]
    public void The_tariff_table_of_the_presentation_renders_as_a_table_in_its_statement()
    {
        var funding = PolicySources.WlzPresentation.Statements.Single(statement => statement.TopicName == "Bekostiging");

        var html = RichTextRenderer.ToHtml(funding.Markdown);

        html.Should().Contain("<td>VV</td>").And.Contain("<td>95,5%</td>");
        html.Should().NotContain("| VV |");
    }

    [Fact]
    public void A_policy_table_with_a_pipe_in_a_cell_is_written_as_a_valid_pipe_table()
    {
        var parsed = PolicyTextParser.Parse("# Beleid 2025\n\n## Tarieven\n\nPrestatie\tTarief\nVerpleging | thuis\t€ 86\n");

        var markdown = parsed.Sections.Single(section => section.Title == "Tarieven").Markdown;

        markdown.Should().Be("| Prestatie | Tarief |\n| --- | --- |\n| Verpleging \\| thuis | € 86 |");
        RichTextRenderer.ToHtml(markdown).Should().Contain("<th scope=\"col\">Prestatie</th>").And.Contain("<td>Verpleging | thuis</td>").And.Contain("<td>€ 86</td>");
    }

    public static TheoryData<int> PayloadNumbers() => new(Enumerable.Range(0, XssCorpus.Payloads.Count));

    [Theory]
    [MemberData(nameof(PayloadNumbers))]
    public void A_payload_in_a_table_cell_renders_to_html_that_runs_nothing(int number)
    {
        var payload = XssCorpus.Payloads[number].Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

        var html = RichTextRenderer.ToHtml($"| Kop | {payload} |\n| --- | --- |\n| {payload} | cel |");

        ExecutableHtml.Find(html).Should().BeEmpty($"payload {number} rendered as {html}");
    }
}
