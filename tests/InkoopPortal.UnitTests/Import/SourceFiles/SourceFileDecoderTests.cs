using System.Text;
using CsCheck;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.SourceFiles;

namespace InkoopPortal.UnitTests.Import.SourceFiles;

/// <summary>How imported bytes become text: the encodings a Dutch office produces, and what is refused by name.</summary>
public class SourceFileDecoderTests
{
    private const string Dutch = "Onderwerp\tCZ\tZorg & Zekerheid\r\nRegioplan\tvóór 1 juli – €5 “zorg”\r\nBeëindiging\tgeen\r\n";

    [Fact]
    public void UTF8_without_a_byte_order_mark_is_read_with_its_line_endings_made_newlines()
    {
        var read = Decode(Encoding.UTF8.GetBytes(Dutch), "tabel.tsv");

        read.Text.Should().Be(Dutch.Replace("\r\n", "\n"));
        read.EncodingName.Should().Be("UTF-8");
        read.ContentType.Should().Be("text/tab-separated-values; charset=utf-8");
        read.Note.Should().BeNull();
    }

    [Fact]
    public void UTF8_with_a_byte_order_mark_loses_the_mark_but_not_a_character()
    {
        var read = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Dutch)]);

        read.Text.Should().Be(Dutch.Replace("\r\n", "\n"));
        read.EncodingName.Should().Be("UTF-8 met BOM");
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 LE")]
    [InlineData("utf-16BE", "UTF-16 BE")]
    [InlineData("utf-32", "UTF-32 LE")]
    public void UTF16_and_UTF32_are_read_by_their_byte_order_mark(string encodingName, string expected)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var read = Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Dutch)]);

        read.Text.Should().Be(Dutch.Replace("\r\n", "\n"));
        read.EncodingName.Should().Be(expected);
    }

    [Fact]
    public void Windows_1252_is_read_as_such_and_said_so()
    {
        // "vóór – € “zorg”" in Windows-1252: ó F3, – 96, € 80, “ 93, ” 94.
        byte[] bytes = [.. "Regioplan v"u8, 0xF3, 0xF3, (byte)'r', (byte)' ', 0x96, (byte)' ', 0x80, (byte)'5', (byte)' ', 0x93, .. "zorg"u8, 0x94, (byte)'\r', (byte)'\n'];

        var read = Decode(bytes, "oud.txt");

        read.Text.Should().Be("Regioplan vóór – €5 “zorg”\n");
        read.EncodingName.Should().Be("Windows-1252");
        read.ContentType.Should().Be("text/plain; charset=windows-1252");
        read.Note.Should().Contain("'oud.txt' is geen UTF-8; gelezen als Windows-1252");
    }

    [Fact]
    public void Bytes_that_are_neither_UTF8_nor_Windows_1252_are_refused_with_the_byte_and_its_position()
    {
        var refusal = Refusal([.. "abc"u8, 0xE9, 0x81]);

        refusal.Should().Contain("geen UTF-8 en ook geen Windows-1252").And.Contain("0x81").And.Contain("positie 5");
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF-bestand")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "Word- of Excel-bestand")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1 }, "ouder Office-bestand")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "afbeelding (PNG)")]
    public void Files_that_are_no_text_are_refused_by_what_they_are(byte[] bytes, string expected) =>
        Refusal(bytes).Should().Contain(expected).And.Contain("geen tekstbestand");

    [Fact]
    public void UTF16_without_byte_order_mark_is_refused_with_how_to_save_it()
    {
        var bytes = Encoding.Unicode.GetBytes("Onderwerp\tCZ\nRegioplan\tja\n");

        Refusal(bytes).Should().Contain("UTF-16 zonder byte order mark").And.Contain("UTF-8");
    }

    [Fact]
    public void An_empty_file_and_control_character_soup_are_refused()
    {
        Refusal([]).Should().Be("Het bestand is leeg.");
        Refusal(Enumerable.Range(1, 400).Select(index => (byte)(index % 8 + 1)).ToArray()).Should().Contain("geen leesbare tekst");
    }

    [Fact]
    public void Any_bytes_are_read_or_refused_with_a_Dutch_message_and_never_throw_otherwise() =>
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            try
            {
                var read = SourceFileDecoder.Decode(new ImportFile(bytes, "willekeurig.bin"));
                read.Text.Should().NotContain("\r", "line endings are normalized");
            }
            catch (ImportFailedException failed)
            {
                failed.Problems.Should().ContainSingle().Which.Message.Should().NotBeNullOrWhiteSpace();
            }
        }, iter: 2000);

    [Fact]
    public void Every_text_written_as_UTF8_with_or_without_mark_reads_back_exactly() =>
        Gen.String[Gen.Char['\u0020', '\u024F'].Where(character => !char.IsControl(character)), 1, 200].Sample(text =>
        {
            var plain = Decode(Encoding.UTF8.GetBytes(text));
            var marked = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
            plain.Text.Should().Be(text);
            marked.Text.Should().Be(text);
        }, iter: 500);

    private static DecodedSource Decode(byte[] bytes, string fileName = "bron.txt") => SourceFileDecoder.Decode(new ImportFile(bytes, fileName));

    private static string Refusal(byte[] bytes) =>
        Assert.Throws<ImportFailedException>(() => Decode(bytes)).Problems.Single().Message;
}
