using InkoopPortal.Application.Import.PolicyText;
using Xunit.Abstractions;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>The saved web page reader on pages we wrote in several site styles (tests/fixtures/documents/html-pages).</summary>
public sealed class HtmlFixtureTests(ITestOutputHelper output)
{
    /// <summary>
    /// Pages written before the reader and never tuned on (held-out/). Measured once before any tuning (see the
    /// report and ADR-032); the thresholds are the issue's.
    /// </summary>
    [Theory]
    [InlineData("held-out/nextjs-accordion-zorgkantoor", "https://www.zorgkantoor-rivierenland.nl/zorgaanbieders/inkoop/inkoopkader-2026")]
    [InlineData("held-out/table-layout-latin1-verzekeraar", "http://www.noordkust-zorg.nl/zakelijk/ggz/")]
    public void Held_out_pages_keep_the_content_without_the_chrome(string name, string linkBase)
    {
        var measure = HtmlFixtureMeasure.Of(name, linkBase);
        output.WriteLine(measure.ToString());
        output.WriteLine(measure.Read.Text);

        measure.WordsInOrder.Should().BeGreaterThanOrEqualTo(0.99, measure.ToString());
        measure.HeadingsFound.Should().BeGreaterThanOrEqualTo(0.95, measure.ToString());
        measure.TablesFound.Should().Be(measure.Tables, measure.ToString());
        measure.LinksFound.Should().Be(measure.Links, measure.ToString());
        measure.ChromeLeaks.Should().BeEmpty(measure.ToString());
        PolicyTextParser.Parse(measure.Read.Text).Sections.Should().NotBeEmpty();
    }
}
