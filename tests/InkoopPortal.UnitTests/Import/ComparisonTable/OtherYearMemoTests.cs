using InkoopPortal.Application.Content;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.Import.ComparisonTable.ComparisonTestHelpers;

namespace InkoopPortal.UnitTests.Import.ComparisonTable;

/// <summary>A memo of another year in the same shape, with other insurers and proper &lt;li&gt;/&lt;ol&gt; lists.</summary>
public class OtherYearMemoTests
{
    private static readonly string Memo2023 = Text(
        "INKOOPBELEID ZORGVERZEKERAARS 2023",
        "",
        "Analyse van [de documenten](https://example.org/memo-2023) met *sterretjes* en _lage streepjes_ als tekst.",
        "",
        Row("Zorgverzekeraar", "link naar document"),
        Row("ONVZ", "https://www.onvz.nl/zorgverleners/inkoop"),
        Row("a.s.r.", "https://www.asr.nl/zorgaanbieders"),
        "",
        "Bouwstenen 2023 – ONVZ, a.s.r., Salland",
        "",
        Row("Onderwerp", "ONVZ", "a.s.r.", "Salland"),
        Row("Algemeen <i>Looptijd</i>",
            "<ul><li>Contract 2023 – 2025</li><li>Thema's:<ul><li>Preventie</li><li>Digitalisering</li></ul></li></ul>",
            "<ol><li>Eerste stap</li><li>Tweede stap<ol><li>Deelstap</li></ol></li><li>Derde stap</li></ol>",
            "<p>Nog niet geanalyseerd</p>"),
        Row("<p>Regioplan / regiobeeld <i>Vereiste?</i></p>",
            "<p>Eerste alinea.</p><p>Tweede alinea met <i>nadruk</i> en <b>vet</b>.</p>",
            "<ul><li>Geen bijzonderheden</li></ul>",
            "<ul><li>1. Plan vóór 1 oktober; * en _ en [x] blijven tekst</li></ul>"),
        Row("Wijkgerichte zorg", "<ul><li>Wijkteams</li></ul>", "", "Geen beleid gepubliceerd"));

    private static readonly ParsedComparisonTable Parsed = ComparisonTableParser.Parse(Memo2023);

    [Fact]
    public void Other_year_memo_reads_year_columns_and_links()
    {
        Parsed.Year.Should().Be(2023);
        Parsed.Columns.Select(column => column.PurchaserName).Should().Equal("ONVZ", "a.s.r.", "Salland");
        Parsed.DocumentLinks.Select(link => link.PurchaserName).Should().Equal("ONVZ", "a.s.r.");
        Parsed.Groups.Should().ContainSingle().Which.Key.Should().Be("bouwstenen-2023");
        Parsed.Topics.Select(topic => topic.Key).Should().Equal("algemeen", "regioplan", "wijkgerichte-zorg");
    }

    [Fact]
    public void Other_year_memo_introduction_keeps_web_links_and_escapes_markdown_characters()
    {
        var html = RichTextRenderer.ToHtml(Parsed.IntroductionMarkdown!);

        html.Should().Contain("<a href=\"https://example.org/memo-2023\">de documenten</a>");
        RenderedText(Parsed.IntroductionMarkdown!).Should().Contain("met *sterretjes* en _lage streepjes_ als tekst.");
    }

    [Fact]
    public void Li_lists_keep_their_nesting_and_do_not_split_on_a_dash()
    {
        Outline(Parsed.Cell("ONVZ", "algemeen").Markdown).Should().Equal(
            new OutlineItem(0, "Contract 2023 – 2025"),
            new OutlineItem(0, "Thema's:"),
            new OutlineItem(1, "Preventie"),
            new OutlineItem(1, "Digitalisering"));
    }

    [Fact]
    public void Ordered_lists_become_numbered_markdown_lists_with_nesting()
    {
        var markdown = Parsed.Cell("a.s.r.", "algemeen").Markdown;

        markdown.Should().Be("1. Eerste stap\n2. Tweede stap\n   1. Deelstap\n3. Derde stap");
        Outline(markdown).Should().Equal(
            new OutlineItem(0, "Eerste stap"),
            new OutlineItem(0, "Tweede stap"),
            new OutlineItem(1, "Deelstap"),
            new OutlineItem(0, "Derde stap"));
        RichTextRenderer.ToHtml(markdown).Should().StartWith("<ol>");
    }

    [Fact]
    public void Paragraphs_are_separated_by_a_blank_line_and_keep_emphasis()
    {
        var markdown = Parsed.Cell("ONVZ", "regioplan").Markdown;

        markdown.Should().Be("Eerste alinea.\n\nTweede alinea met *nadruk* en **vet**.");
        RichTextRenderer.ToHtml(markdown).Should().Contain("<em>nadruk</em>").And.Contain("<strong>vet</strong>");
    }

    [Fact]
    public void Source_text_that_looks_like_markdown_stays_text()
    {
        var markdown = Parsed.Cell("Salland", "regioplan").Markdown;

        Outline(markdown).Should().Equal(new OutlineItem(0, "1. Plan vóór 1 oktober; * en _ en [x] blijven tekst"));
        RenderedText(markdown).Should().Be("1. Plan vóór 1 oktober; * en _ en [x] blijven tekst");
    }

    [Theory]
    [InlineData("Salland", "algemeen", StatementStatus.NotAnalysed)]
    [InlineData("a.s.r.", "regioplan", StatementStatus.NothingSpecial)]
    [InlineData("a.s.r.", "wijkgerichte-zorg", StatementStatus.EmptyInSource)]
    [InlineData("Salland", "wijkgerichte-zorg", StatementStatus.NoPolicyPublished)]
    [InlineData("ONVZ", "wijkgerichte-zorg", StatementStatus.Content)]
    public void Statuses_are_read_from_li_paragraph_and_plain_cells(
        string purchaser, string topicKey, StatementStatus status)
    {
        var cell = Parsed.Cell(purchaser, topicKey);

        cell.Status.Should().Be(status);
        (cell.Markdown.Length > 0).Should().Be(status == StatementStatus.Content);
    }
}
