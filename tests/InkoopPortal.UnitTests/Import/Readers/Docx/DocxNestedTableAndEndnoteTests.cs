using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InkoopPortal.Application.Import.Readers.Docx;

namespace InkoopPortal.UnitTests.Import.Readers.Docx;

/// <summary>Shapes the builder does not write: a table inside a table cell, a one-cell frame, an endnote.</summary>
public sealed class DocxNestedTableAndEndnoteTests
{
    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static TableCell Cell(params OpenXmlElement[] content) => new(content);

    [Fact]
    public void A_nested_table_is_flattened_into_its_cell_a_frame_is_text_and_an_endnote_comes_at_the_end()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var nested = new Table(
                new TableRow(Cell(new Paragraph(Run("Zorgzwaarte"))), Cell(new Paragraph(Run("Tarief")))),
                new TableRow(Cell(new Paragraph(Run("VV4"))), Cell(new Paragraph(Run("€ 150")))));
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 0 }), Run("Tarieven Wlz 2027")),
                new Paragraph(Run("De tarieven volgen de NZa"), new Run(new EndnoteReference { Id = 1 }), Run(".")),
                new Table(
                    new TableRow(Cell(new Paragraph(Run("Sector"))), Cell(new Paragraph(Run("Afspraak")))),
                    new TableRow(Cell(new Paragraph(Run("V&V"))), Cell(new Paragraph(Run("Per zorgzwaarte:")), nested, new Paragraph()))),
                new Table(new TableRow(Cell(new Paragraph(Run("Let op: dit kader is voorlopig."))))),
                new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 1 }), Run("Overig")),
                new Paragraph(Run("Geen verdere afspraken."))));
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(new Endnote(new Paragraph(new Run(new EndnoteReferenceMark()), Run(" Beleidsregel prestatiebeschrijvingen Wlz."))) { Id = 1 });
        }

        var lines = DocxDocumentReader.Read(stream.ToArray(), "tarieven.docx").Text.Split('\n').Where(line => line.Length > 0).ToList();

        lines.Should().Equal(
            "# Tarieven Wlz 2027",
            "De tarieven volgen de NZa¹.",
            "| Sector | Afspraak |",
            "| --- | --- |",
            "| V&V | Per zorgzwaarte: Zorgzwaarte Tarief; VV4 € 150 |",
            "Let op: dit kader is voorlopig.",
            "## Overig",
            "Geen verdere afspraken.",
            "¹ Beleidsregel prestatiebeschrijvingen Wlz.");
    }
}
