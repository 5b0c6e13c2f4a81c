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
    public void Held_out_pages_keep_the_content_without_the_chrome(string name, string linkBase) =>
        KeepsTheContentWithoutTheChrome(name, linkBase);

    /// <summary>The pages the reader was built from, in several site styles, and the seeds in site chrome (make.sh).</summary>
    [Theory]
    [InlineData("cz-numbered-inhoudelijk-beleid", "https://www.cz.nl/zorgaanbieders/zorginkoopbeleid/wijkverpleging-2026/inhoudelijk-beleid")]
    [InlineData("wordpress-zorgkantoor", "https://www.zorgkantoor-middenbrabant.nl/2026/03/inkoopbeleid-wlz-2026/")]
    [InlineData("save-page-complete-verzekeraar", "https://www.zilverenkruis.nl/zorgaanbieders/zorginkoop/ggz-inkoopbeleid")]
    [InlineData("windows-1252-fysiotherapie", "https://www.zuidwest-zorg.nl/zorgverleners/fysiotherapie/")]
    [InlineData("div-soup-regionale-inkoop", null)]
    [InlineData("seed-asr-inkoopbeleid-2023-2024-elv-grz-gzsp", "https://www.voorbeeld-zorgverzekeraar.nl/zorgaanbieders/beleid/")]
    [InlineData("seed-zorg-en-zekerheid-presentatie-zorginkoop-wlz-2024-2026", "https://www.voorbeeld-zorgverzekeraar.nl/zorgaanbieders/beleid/")]
    [InlineData("seed-zorg-en-zekerheid-zorginkoopbeleid-2024-msz", "https://www.voorbeeld-zorgverzekeraar.nl/zorgaanbieders/beleid/")]
    public void Tuned_pages_keep_the_content_without_the_chrome(string name, string? linkBase) =>
        KeepsTheContentWithoutTheChrome(name, linkBase);

    /// <summary>
    /// A seed rendered into a web page with site chrome reads into the same sections as the seed's own text. Only the
    /// Markdown-shaped seed has "#" headings that become h1–h3; the plain-text seeds become paragraphs only.
    /// </summary>
    [Theory]
    [InlineData("zorg-en-zekerheid-zorginkoopbeleid-2024-msz")]
    public void A_seed_in_site_chrome_parses_into_the_sections_of_its_own_text(string seed)
    {
        var read = Application.Import.Readers.Html.HtmlDocumentReader.Read(
            HtmlFixtureMeasure.WithoutTruth(File.ReadAllBytes(Path.Combine(HtmlFixtureMeasure.Folder, $"seed-{seed}.html"))), seed + ".html");
        var own = PolicyTextParser.Parse(File.ReadAllText(Path.Combine(TestSupport.RepositoryPaths.Root, "data", "sources", seed + ".txt")));

        var parsed = PolicyTextParser.Parse(read.Text);

        output.WriteLine($"{seed}: {parsed.Sections.Count} sections read from the page, {own.Sections.Count} from the text");
        parsed.Title.Should().Be(own.Title);
        parsed.Sections.Select(section => (section.Number, section.Title, section.Level)).Should().Equal(own.Sections.Select(section => (section.Number, section.Title, section.Level)));
    }

    private void KeepsTheContentWithoutTheChrome(string name, string? linkBase)
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
