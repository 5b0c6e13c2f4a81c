using System.IO.Compression;
using System.Text;
using CsCheck;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.SourceFiles;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Documents;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>What a file is comes from its bytes (ADR-032): PDF, Word, web page or text, whatever its name says.</summary>
public class DocumentFileKindsTests
{
    [Fact]
    public void The_pdf_fixtures_are_pdfs_and_a_pdf_header_after_junk_within_1024_bytes_still_is_one()
    {
        var pdf = File.ReadAllBytes(FixturePages.PdfPath("one-column-numbered"));
        DocumentFileKinds.Of(pdf).Should().Be(DocumentFileKind.Pdf);
        DocumentFileKinds.Of([.. new byte[1000], .. pdf]).Should().Be(DocumentFileKind.Pdf, "PDF readers look for the header in the first 1024 bytes");
        DocumentFileKinds.Of([.. new byte[1030], .. pdf]).Should().Be(DocumentFileKind.Text, "past 1024 bytes it is no PDF header");
    }

    [Fact]
    public void A_zip_is_word_only_when_it_holds_word_document_xml()
    {
        DocumentFileKinds.Of(Zip("word/document.xml", "[Content_Types].xml")).Should().Be(DocumentFileKind.Word);
        DocumentFileKinds.Of(Zip("xl/workbook.xml", "[Content_Types].xml")).Should().Be(DocumentFileKind.Text, "an .xlsx keeps the text path's refusal");
        DocumentFileKinds.Of([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).Should().Be(DocumentFileKind.Text, "a broken zip is no Word file");
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Beleid</p></body></html>")]
    [InlineData("\uFEFF  \n<!-- opgeslagen met Chrome -->\n<html lang=\"nl\"><p>x</p></html>")]
    [InlineData("<meta charset=\"utf-8\"><title>CZ</title><body>Beleid</body>")]
    public void A_saved_web_page_is_a_web_page(string page) =>
        DocumentFileKinds.Of(Encoding.UTF8.GetBytes(page)).Should().Be(DocumentFileKind.WebPage);

    [Theory]
    [InlineData("# Zorginkoopbeleid 2024\n\nDe tekst noemt <b>vet</b> en een <ul><li>lijst</li></ul>.")]
    [InlineData("Onderwerp\tCZ\tVGZ\nRegioplan\t<ul style=\"list-style-type: none\"> – punt\tGeen bijzonderheden")]
    [InlineData("<!-- alleen een opmerking")]
    [InlineData("Vergelijking 2026\n\tCZ\tVGZ\nRegioplan\t<body onload=\"alert(1)\">x\t<head>y</head>")]
    public void Text_with_some_tags_stays_text(string text) =>
        DocumentFileKinds.Of(Encoding.UTF8.GetBytes(text)).Should().Be(DocumentFileKind.Text);

    [Fact]
    public void Text_without_a_pdf_header_zip_or_html_start_is_always_text()
    {
        // Any Dutch-looking text (letters, digits, punctuation, tabs, line ends, the odd tag that is no head or body)
        // is text, so nothing that imported as text before goes to a reader now.
        string[] parts = ["beleid ", "Zorg ", "2024 ", "<b>", "</li>", "\t", "\n", "€ 12,50 ", "é", "- ", "| a | b |\n", "%PD", "PK"];
        Gen.Int[0, parts.Length - 1].Select(index => parts[index])
            .Array[0, 400]
            .Select(parts => string.Concat(parts))
            .Sample(text => DocumentFileKinds.Of(Encoding.UTF8.GetBytes(text)) == DocumentFileKind.Text);
    }

    [Fact]
    public void Any_bytes_with_a_pdf_header_in_the_first_1024_are_a_pdf()
    {
        Gen.Select(Gen.Byte.Array[0, 1019], Gen.Byte.Array[0, 200])
            .Sample((before, after) => DocumentFileKinds.Of([.. before, .. "%PDF-"u8.ToArray(), .. after]) == DocumentFileKind.Pdf);
    }

    [Theory]
    [InlineData("beleid.txt", DocumentFileKind.Pdf, "De naam 'beleid.txt' wijst op een tekstbestand, maar de inhoud is een PDF; het bestand is gelezen als PDF.")]
    [InlineData("beleid.pdf", DocumentFileKind.Text, "De naam 'beleid.pdf' wijst op een PDF, maar de inhoud is een tekstbestand; het bestand is gelezen als tekstbestand.")]
    [InlineData("beleid.PDF", DocumentFileKind.Pdf, null)]
    [InlineData("beleid.tsv", DocumentFileKind.Text, null)]
    public void The_summary_says_when_the_name_says_another_kind(string fileName, DocumentFileKind kind, string? note) =>
        DocumentReaders.NameNote(fileName, kind).Should().Be(note);

    [Fact]
    public void Each_kind_goes_to_its_reader_and_text_to_the_decoder()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "documents");
        var pdf = DocumentReaders.Read(new ImportFile(File.ReadAllBytes(Path.Combine(folder, "pdf", "one-column-numbered.pdf")), "beleid"), DocumentFileKind.Pdf)!;
        var word = DocumentReaders.Read(new ImportFile(File.ReadAllBytes(Path.Combine(folder, "docx", "seed-zz-msz-2024.docx")), "beleid"), DocumentFileKind.Word)!;
        var page = DocumentReaders.Read(new ImportFile(File.ReadAllBytes(Path.Combine(folder, "html-pages", "cz-numbered-inhoudelijk-beleid.html")), "beleid"), DocumentFileKind.WebPage)!;

        pdf.HasPages.Should().BeTrue("a PDF has pages");
        word.Text.Should().Contain("# ", "the Word reader writes headings").And.NotContain("<w:", "no XML leaks into the text");
        word.HasPages.Should().BeFalse("pandoc writes no rendered page breaks, and no page is claimed rather than a wrong one");
        page.Text.Should().Contain("2.2 Inhoudelijk beleid");
        page.HasPages.Should().BeFalse("a web page has no pages");
        DocumentReaders.Read(new ImportFile("tekst"u8.ToArray(), "a.txt"), DocumentFileKind.Text).Should().BeNull();
    }

    [Fact]
    public void A_zip_that_claims_to_be_word_without_a_body_is_refused_in_dutch()
    {
        var word = () => DocumentReaders.Read(new ImportFile(Zip("word/document.xml"), "a.docx"), DocumentFileKind.Word);

        word.Should().Throw<ImportFailedException>().Which.Problems.Single().Message.Should().StartWith("'a.docx' is geen Word-document");
    }

    private static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return memory.ToArray();
    }
}
