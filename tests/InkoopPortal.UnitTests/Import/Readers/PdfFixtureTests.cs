using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Readers.Pdf;
using Xunit.Abstractions;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>The PDF reader on PDFs Chromium printed from HTML we wrote (tests/fixtures/documents/make.sh).</summary>
public sealed class PdfFixtureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("one-column-numbered")]
    [InlineData("two-column")]
    [InlineData("table-across-pages")]
    public void Tuned_fixtures_keep_the_words_in_order_the_headings_tables_and_pages(string name)
    {
        var measure = PdfFixtureMeasure.Of(name);
        output.WriteLine(measure.ToString());

        measure.WordsInOrder.Should().BeGreaterThanOrEqualTo(0.99, measure.ToString());
        measure.HeadingsFound.Should().BeGreaterThanOrEqualTo(0.95, measure.ToString());
        measure.TablesFound.Should().Be(measure.Tables, measure.ToString());
        measure.PagesRight.Should().Be(measure.PagedHeadings, measure.ToString());
    }

    /// <summary>
    /// The Zorg en Zekerheid seed rendered to PDF: its words come back in order; its headings and tables are measured
    /// and printed (2026-12-05: 74.5 % of 51 headings, 2 of 3 tables — below the targets, see the report).
    /// </summary>
    [Fact]
    public void The_seed_rendered_to_pdf_keeps_its_words_in_order()
    {
        var measure = PdfFixtureMeasure.Of("seed-zz-msz-2024");
        output.WriteLine(measure.ToString());

        measure.WordsInOrder.Should().BeGreaterThanOrEqualTo(0.99, measure.ToString());
        measure.HeadingsFound.Should().BeGreaterThanOrEqualTo(0.70, measure.ToString());
    }

    /// <summary>Written after the reader was tuned and measured once unseen; its figures are printed, see the report.</summary>
    [Fact]
    public void The_held_out_fixture_keeps_its_words_and_headings()
    {
        var measure = PdfFixtureMeasure.Of("held-out-wlz-zorgkantoor");
        output.WriteLine(measure.ToString());

        measure.HeadingsFound.Should().BeGreaterThanOrEqualTo(0.95, measure.ToString());
        measure.TablesFound.Should().Be(measure.Tables, measure.ToString());
    }

    [Theory]
    [InlineData("one-column-numbered")]
    [InlineData("two-column")]
    [InlineData("seed-zz-msz-2024")]
    public void The_policy_text_parser_reads_the_readers_text_with_its_numbered_sections(string name)
    {
        var read = PdfDocumentReader.Read(File.ReadAllBytes(Path.Combine(PdfFixtureMeasure.Folder, "pdf", name + ".pdf")), name + ".pdf");

        var parsed = PolicyTextParser.Parse(read.Text);

        parsed.Sections.Should().Contain(section => section.Number != null && section.Number.Contains('.'));
        parsed.Sections.Should().OnlyContain(section => read.PageOf(section.Line) >= 1 && read.PageOf(section.Line) <= read.PageCount);
    }

    [Fact]
    public void A_row_cut_by_a_page_break_stays_one_row_and_the_table_one_table()
    {
        var read = PdfDocumentReader.Read(File.ReadAllBytes(Path.Combine(PdfFixtureMeasure.Folder, "pdf", "table-across-pages.pdf")), "t.pdf");
        var rows = read.Text.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal)).ToList();

        rows.Should().HaveCount(31, "a header and 30 rows, the header not repeated");
        rows.Should().OnlyContain(row => row.Split(" | ").Length == 3);
        rows.Skip(1).Should().OnlyContain(row => row.Contains("kwaliteitsdossier dat jaarlijks wordt bijgewerkt."));
        read.PageCount.Should().BeGreaterThan(1);
    }

    [Fact]
    public void The_running_header_footer_and_page_numbers_are_gone()
    {
        var read = PdfDocumentReader.Read(File.ReadAllBytes(Path.Combine(PdfFixtureMeasure.Folder, "pdf", "one-column-numbered.pdf")), "o.pdf");

        read.Text.Should().NotContain("Versie 1.0").And.NotContain("Pagina ").And.NotContain("uitgave 2026");
        read.Text.Should().Contain("- De indicatiestelling volgt").And.Contain("\n  - Wij beoordelen aanmeldingen").And.Contain("\n1. U dient uw aanvraag");
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_in_Dutch()
    {
        var act = () => PdfDocumentReader.Read(File.ReadAllBytes(Path.Combine(PdfFixtureMeasure.Folder, "pdf", "encrypted.pdf")), "beveiligd.pdf");

        act.Should().Throw<ImportFailedException>().Which.Problems.Single().Message.Should().Contain("beveiligd").And.Contain("wachtwoord");
    }

    [Fact]
    public void An_image_only_pdf_is_refused_as_a_scan()
    {
        var act = () => PdfDocumentReader.Read(File.ReadAllBytes(Path.Combine(PdfFixtureMeasure.Folder, "pdf", "image-only.pdf")), "scan.pdf");

        act.Should().Throw<ImportFailedException>().Which.Problems.Single().Message.Should().Contain("scan").And.Contain("tekstlaag");
    }

    [Fact]
    public void A_truncated_pdf_is_refused_as_corrupt()
    {
        var bytes = File.ReadAllBytes(Path.Combine(PdfFixtureMeasure.Folder, "pdf", "one-column-numbered.pdf"));

        var act = () => PdfDocumentReader.Read(bytes[..2000], "kapot.pdf");

        act.Should().Throw<ImportFailedException>().Which.Problems.Single().Message.Should().Contain("beschadigd");
    }
}
