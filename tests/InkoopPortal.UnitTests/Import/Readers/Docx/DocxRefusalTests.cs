using System.IO.Compression;
using System.Text;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Readers.Docx;

namespace InkoopPortal.UnitTests.Import.Readers.Docx;

/// <summary>Files the Word reader refuses, each with a Dutch message that says why.</summary>
public sealed class DocxRefusalTests
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static string RefusalOf(byte[] bytes, string fileName = "beleid.docx")
    {
        var act = () => DocxDocumentReader.Read(bytes, fileName);
        return act.Should().Throw<ImportFailedException>().Which.Problems.Single().Message;
    }

    /// <summary>An OLE compound file whose directory names the given streams (UTF-16, as OLE writes them).</summary>
    private static byte[] CompoundFile(params string[] streams) =>
        [.. CompoundFileSignature, .. new byte[504], .. streams.SelectMany(stream => Encoding.Unicode.GetBytes(stream).Concat(new byte[2])), .. new byte[512]];

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A real Word file with its document.xml replaced.</summary>
    private static byte[] WithDocumentXml(string documentXml)
    {
        using var stream = new MemoryStream();
        stream.Write(new DocxBuilder().Paragraph("Tekst").Build());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(documentXml);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Text_that_is_no_zip_is_no_Word_document() =>
        RefusalOf(Encoding.UTF8.GetBytes("Inkoopbeleid 2027\n\nDit is platte tekst.")).Should().Contain("geen Word-document (.docx)");

    [Fact]
    public void A_zip_without_word_document_xml_is_no_Word_document() =>
        RefusalOf(Zip(("xl/workbook.xml", "<workbook/>"), ("[Content_Types].xml", "<Types/>")), "rekenblad.docx").Should().Contain("geen Word-document (.docx)");

    [Fact]
    public void An_encrypted_Word_file_is_refused_as_password_protected() =>
        RefusalOf(CompoundFile("Root Entry", "EncryptionInfo", "EncryptedPackage")).Should().Contain("wachtwoord").And.Contain("versleuteld");

    [Fact]
    public void An_old_binary_doc_is_refused_with_the_advice_to_save_it_as_docx() =>
        RefusalOf(CompoundFile("Root Entry", "WordDocument", "1Table"), "beleid.doc").Should().Contain("een oud Word-bestand (.doc); sla het op als .docx");

    [Fact]
    public void Damaged_xml_is_refused_as_a_damaged_Word_document() =>
        RefusalOf(WithDocumentXml("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Tekst")).Should().Contain("beschadigd");

    [Fact]
    public void A_truncated_file_is_refused_as_damaged()
    {
        var bytes = new DocxBuilder().Paragraph("Een beleidstekst van enige lengte.").Build();

        RefusalOf(bytes[..(bytes.Length / 2)]).Should().Contain("beschadigd");
    }

    [Fact]
    public void A_document_without_text_is_refused()
    {
        var bytes = new DocxBuilder().TextBox("", "Alleen tekst in een kader.").Paragraph("   ").Build();

        RefusalOf(bytes).Should().Contain("bevat geen tekst");
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // 101 MB of spaces in document.xml packs to about 100 kB.
        using var stream = new MemoryStream();
        stream.Write(new DocxBuilder().Paragraph("Tekst").Build());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var megabyte = 0; megabyte < 101; megabyte++)
            {
                entry.Write(block);
            }
        }

        stream.Length.Should().BeLessThan(2 * 1024 * 1024);
        RefusalOf(stream.ToArray()).Should().Contain("pakt uit tot 101 MB");
    }
}
