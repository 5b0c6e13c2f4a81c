using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.Readers.Docx;
using Xunit.Abstractions;
using static InkoopPortal.UnitTests.Import.Readers.Docx.DocxBuilder;

namespace InkoopPortal.UnitTests.Import.Readers.Docx;

/// <summary>The Word reader on .docx files written with the Open XML SDK in the shapes Word writes (<see cref="DocxBuilder"/>).</summary>
public sealed class DocxReaderTests(ITestOutputHelper output)
{
    /// <summary>English style ids, a table of contents, a footnote per section, a link, revisions, a text box, lists, a merged table and Word's rendered pages.</summary>
    internal static DocxBuilder WijkverplegingWithPages() => new DocxBuilder()
        .Title("Zorginkoopbeleid wijkverpleging 2027")
        .TableOfContents("Inleiding", "Eisen aan de zorgaanbieder", "Planning")
        .Paragraph("Dit beleid geldt voor alle zorgaanbieders", new Footnote("Ook voor onderaannemers van een gecontracteerde aanbieder."), " in de regio Noord.")
        .Heading(1, "Inleiding")
        .Paragraph("Wij kopen zorg in samen met ", new Link("Zorgverzekeraar Noord", new Uri("https://www.noord.example/beleid")), " en onze partners.")
        .Paragraph("De aanvraag gaat ", new Deleted("per post "), new Inserted("via het portaal "), "naar ons.")
        .TextBox("Zie ook de bijlage.", "Tekst in een kader hoort niet bij de tekst.")
        .Item(Bullets, 0, "wijkverpleging thuis")
        .Item(Bullets, 1, "met een vaste wijkverpleegkundige")
        .Item(Bullets, 1, "met avond- en nachtzorg")
        .Item(Bullets, 0, "palliatieve zorg")
        .NewPage()
        .Heading(2, "Eisen aan de zorgaanbieder")
        .Paragraph("De aanbieder voldoet aan de volgende eisen.")
        .Item(Numbered, 0, "U heeft een kwaliteitskeurmerk.")
        .Item(Numbered, 1, "HKZ of ISO 9001")
        .Item(Numbered, 0, "U levert de gegevens tijdig aan.")
        .Table(["Onderwerp", "2026", "2027"], ["Tarief per uur", "€ 70,50", "<"], ["Kwaliteit", "Keurmerk", "Keurmerk en audit"], ["^", "Jaarverslag", "Jaarverslag en visitatie"])
        .NewPage()
        .Heading(1, "Planning", style: "Hoofdstuk")
        .Paragraph("Uiterlijk 1 juni 2026 dient u uw offerte in", new Footnote("Offertes na deze datum nemen wij niet in behandeling."), ".")
        .Heading(3, "Contact")
        .Paragraph("Mail uw vragen naar inkoop@noord.example.");

    /// <summary>Dutch Word: style ids "Kop1".."Kop3" without outline levels, numbered by a multilevel list tied to the styles; a lettered list.</summary>
    internal static DocxBuilder DutchNumbered() => new DocxBuilder(dutch: true, numberedHeadings: true)
        .Title("Inkoopkader Wlz 2027")
        .Heading(1, "Inleiding")
        .Paragraph("Dit kader beschrijft hoe het zorgkantoor de langdurige zorg inkoopt.")
        .Heading(2, "Doel van dit kader")
        .Paragraph("Wij willen passende zorg voor iedere cliënt.")
        .Heading(1, "Onze visie")
        .Heading(2, "Algemeen")
        .Paragraph("De cliënt staat centraal.")
        .Heading(2, "Inhoudelijk beleid")
        .Paragraph("Wij letten op drie punten:")
        .Item(Letters, 0, "de wachttijd;")
        .Item(Letters, 0, "de kwaliteit van de zorg;")
        .Item(Letters, 1, "gemeten met cliëntervaringen")
        .Item(Letters, 0, "de samenwerking in de regio.")
        .Heading(3, "Kwaliteit")
        .Paragraph("Aanbieders publiceren een kwaliteitsverslag.")
        .Heading(1, "Bijlagen", style: "Hoofdstuk")
        .Paragraph("De bijlagen staan op onze website.");

    /// <summary>Headings that are Normal paragraphs with an outline level only; no styles name them.</summary>
    internal static DocxBuilder OutlineOnly() => new DocxBuilder()
        .OutlineHeading(1, "Beleid huisartsenzorg 2027")
        .Paragraph("Wij maken afspraken met alle huisartsen in ons werkgebied.")
        .OutlineHeading(2, "Samenwerking in de wijk")
        .Paragraph("Huisartsen werken samen met de wijkverpleging en het sociaal domein.")
        .OutlineHeading(2, "Digitale zorg")
        .Paragraph("Wij vergoeden e-consulten en beeldbellen.")
        .Table(["Module", "Tarief"], ["Inschrijving", "€ 20,00"], ["Consult", "€ 11,50"]);

    public static TheoryData<string> Shapes => new() { "wijkverpleging-with-pages", "dutch-numbered", "outline-only" };

    internal static DocxBuilder Shape(string name) => name switch
    {
        "wijkverpleging-with-pages" => WijkverplegingWithPages(),
        "dutch-numbered" => DutchNumbered(),
        _ => OutlineOnly(),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_keeps_its_words_in_order_its_headings_at_their_level_its_tables_and_pages(string name)
    {
        var builder = Shape(name);
        var read = DocxDocumentReader.Read(builder.Build(), name + ".docx");
        var measure = PdfFixtureMeasure.Measure(name, builder.Html(), read);
        output.WriteLine(measure.ToString());
        output.WriteLine(read.Text);

        measure.WordsInOrder.Should().BeGreaterThanOrEqualTo(0.99, measure.ToString());
        measure.HeadingsFound.Should().Be(1, measure.ToString());
        measure.HeadingLevelsRight.Should().Be(measure.Headings, measure.ToString());
        measure.TablesFound.Should().Be(measure.Tables, measure.ToString());
        measure.PagesRight.Should().Be(measure.PagedHeadings, measure.ToString());
        read.HasPages.Should().Be(builder.HasRenderedPages, "pages are claimed only from Word's rendered page breaks");
        foreach (var note in builder.FootnoteTexts)
        {
            read.Text.Should().Contain(note);
        }
    }

    [Fact]
    public void Footnotes_links_revisions_lists_and_merged_cells_are_written_as_the_policy_text_parser_reads_them()
    {
        var read = DocxDocumentReader.Read(WijkverplegingWithPages().Build(), "w.docx");
        var lines = read.Text.Split('\n');

        lines.Should().ContainInOrder(
            "# Zorginkoopbeleid wijkverpleging 2027",
            "Dit beleid geldt voor alle zorgaanbieders¹ in de regio Noord.",
            "¹ Ook voor onderaannemers van een gecontracteerde aanbieder.",
            "# Inleiding",
            "Wij kopen zorg in samen met [Zorgverzekeraar Noord](https://www.noord.example/beleid) en onze partners.",
            "De aanvraag gaat via het portaal naar ons.",
            "Zie ook de bijlage.",
            "- wijkverpleging thuis",
            "  - met een vaste wijkverpleegkundige",
            "  - met avond- en nachtzorg",
            "- palliatieve zorg",
            "## Eisen aan de zorgaanbieder",
            "1. U heeft een kwaliteitskeurmerk.",
            "  1. HKZ of ISO 9001",
            "2. U levert de gegevens tijdig aan.",
            "| Onderwerp | 2026 | 2027 |",
            "| --- | --- | --- |",
            "| Tarief per uur | € 70,50 |  |",
            "| Kwaliteit | Keurmerk | Keurmerk en audit |",
            "|  | Jaarverslag | Jaarverslag en visitatie |",
            "# Planning",
            "Uiterlijk 1 juni 2026 dient u uw offerte in².",
            "² Offertes na deze datum nemen wij niet in behandeling.",
            "### Contact");
        read.Text.Should().NotContain("per post").And.NotContain("kader hoort niet").And.NotContain("\t3");
        read.Text.Split("# Inleiding")[0].Split('\n').Count(line => line.Contains("Planning")).Should().Be(0, "the table of contents is left out");
        read.PageCount.Should().Be(3);
    }

    [Fact]
    public void Word_numbering_gives_headings_their_numbers_and_the_parser_its_sections()
    {
        var read = DocxDocumentReader.Read(DutchNumbered().Build(), "kader.docx");
        output.WriteLine(read.Text);

        read.Text.Split('\n').Should().ContainInOrder(
            "# Inkoopkader Wlz 2027", "# 1 Inleiding", "## 1.1 Doel van dit kader", "# 2 Onze visie", "## 2.1 Algemeen", "## 2.2 Inhoudelijk beleid",
            "1. de wachttijd;", "2. de kwaliteit van de zorg;", "  - gemeten met cliëntervaringen", "3. de samenwerking in de regio.", "### 2.2.1 Kwaliteit", "# 3 Bijlagen");
        read.HasPages.Should().BeFalse();

        var parsed = PolicyTextParser.Parse(read.Text);

        parsed.Title.Should().Be("Inkoopkader Wlz 2027");
        parsed.ValidFromYear.Should().Be(2027);
        parsed.Sections.Where(section => section.Number is not null).Select(section => (section.Number, section.Title, section.Level)).Should().Equal(
            ("1", "Inleiding", 1), ("1.1", "Doel van dit kader", 2), ("2", "Onze visie", 1), ("2.1", "Algemeen", 2), ("2.2", "Inhoudelijk beleid", 2),
            ("2.2.1", "Kwaliteit", 3), ("3", "Bijlagen", 1));
        parsed.Sections.Single(section => section.Number == "2.2").Markdown.Should().Contain("de wachttijd;").And.Contain("gemeten met cliëntervaringen");
    }

    [Fact]
    public void A_footnote_stays_with_its_section_for_the_parser()
    {
        var read = DocxDocumentReader.Read(WijkverplegingWithPages().Build(), "w.docx");

        var parsed = PolicyTextParser.Parse(read.Text);

        parsed.Sections.Single(section => section.Title == "Planning").Markdown.Should().Contain("Offertes na deze datum nemen wij niet in behandeling.");
        parsed.Sections.Single(section => section.Title == "Eisen aan de zorgaanbieder").Markdown.Should().Contain("Tarief per uur");
        parsed.Sections.Should().OnlyContain(section => read.PageOf(section.Line) >= 1 && read.PageOf(section.Line) <= 3);
        read.PageOf(parsed.Sections.Single(section => section.Title == "Contact").Line).Should().Be(3);
    }

    [Fact]
    public void The_seeds_rendered_to_docx_give_the_parser_their_numbered_sections()
    {
        var parsed = PolicyTextParser.Parse(DocxPandocFixtureTests.ReadFixture("seed-zz-msz-2024").Text);

        parsed.Sections.Should().Contain(section => section.Number == "3.3" && section.Title == "Passende zorg" && section.Level == 2);
        parsed.ValidFromYear.Should().Be(2024);
    }
}
