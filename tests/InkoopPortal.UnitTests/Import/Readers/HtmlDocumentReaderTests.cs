using System.Text;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Application.Import.Readers;
using InkoopPortal.Application.Import.Readers.Html;

namespace InkoopPortal.UnitTests.Import.Readers;

/// <summary>What the saved web page reader writes for each form, how it finds the encoding, and what it refuses.</summary>
public sealed class HtmlDocumentReaderTests
{
    private const string Prose =
        "<p>Wij kopen zorg in die past bij de wensen van de cliënt en die ook op langere termijn beschikbaar blijft voor iedereen.</p>"
        + "<p>De overeenkomst loopt van 1 januari 2026 tot en met 31 december 2028 en kan twee keer worden verlengd met een jaar.</p>";

    private static ReadDocument Fixture(string name) =>
        HtmlDocumentReader.Read(HtmlFixtureMeasure.WithoutTruth(File.ReadAllBytes(Path.Combine(HtmlFixtureMeasure.Folder, name + ".html"))), name + ".html");

    private static ReadDocument Page(string html, Encoding? encoding = null) =>
        HtmlDocumentReader.Read((encoding ?? Encoding.UTF8).GetBytes(html), "pagina.html");

    [Fact]
    public void A_numbered_CZ_page_parses_into_its_numbered_sections_with_lists_a_table_and_absolute_links()
    {
        var read = Fixture("cz-numbered-inhoudelijk-beleid");

        read.HasPages.Should().BeFalse("a web page has no pages");
        read.Text.Should().StartWith("# 2.2 Inhoudelijk beleid\n")
            .And.Contain("\n## 2.2.1 Visie op wijkverpleging\n").And.Contain("\n### Passende zorg\n")
            .And.Contain("\n1. U werkt volgens het Normenkader").And.Contain("\n  - de bereikbaarheid is schriftelijk vastgelegd;")
            .And.Contain("\n3. Ten minste 60 procent")
            .And.Contain("| Prestatie | Basistarief per uur | Plustarief per uur |\n| --- | --- | --- |\n| Persoonlijke verzorging | € 64,20 | € 66,10 |")
            .And.Contain("| Indicatiestelling | € 91,00 per uur, voor beide tarieven gelijk |  |")
            .And.Contain("ook voor onderaannemers (https://www.cz.nl/zorgaanbieders/zorginkoopbeleid/onderaannemers).")
            .And.Contain("Mail naar zorginkoop.wijkverpleging@cz.nl.")
            .And.NotContain("Op deze pagina").And.NotContain("Terug naar boven").And.NotContain("Vorige");

        var sections = PolicyTextParser.Parse(read.Text).Sections;
        sections.Select(section => (section.Number, section.Title)).Should().ContainInOrder(
            ("2.2", "Inhoudelijk beleid"), ("2.2.1", "Visie op wijkverpleging"), (null, "Passende zorg"), ("2.2.2", "Eisen aan de zorgaanbieder"));
        sections.Single(section => section.Title == "Passende zorg").Level
            .Should().BeGreaterThan(sections.Single(section => section.Number == "2.2.1").Level);
    }

    [Fact]
    public void Line_breaks_start_lines_of_one_paragraph_and_a_list_keeps_its_start_number()
    {
        var read = Fixture("save-page-complete-verzekeraar");

        read.Text.Should().Contain("zonder onderhandeling.\nHet contract geldt voor twee jaar.\nU kunt het contract tussentijds opzeggen.")
            .And.Contain("\n4. u meldt uw wachttijden").And.Contain("\n6. u levert de ROM-gegevens")
            .And.Contain("| Setting | Percentage van het NZa-tarief |  |\n| --- | --- | --- |\n| Setting | 2026 | 2027 |")
            .And.NotContain("Uw mening telt", "a modal hidden by its style is not content").And.NotContain("Werkgeversloket");
    }

    [Fact]
    public void Definition_lists_become_term_and_definition_and_a_one_column_table_is_read_as_paragraphs()
    {
        Fixture("wordpress-zorgkantoor").Text.Should().Contain("\n\nVV: Verpleging en verzorging, met bijzondere aandacht voor dementie.\n\n")
            .And.Contain("| Onderdeel | Afspraak 2026 |\n| --- | --- |");
        Fixture("div-soup-regionale-inkoop").Text.Should().Contain("\n\nLet op: aanvragen voor zorgvernieuwing dient u uiterlijk 1 oktober 2025 in bij uw zorginkoper.\n\n");
    }

    [Fact]
    public void A_windows_1252_page_reads_its_accents_quotes_dashes_and_euro_signs()
    {
        Fixture("windows-1252-fysiotherapie").Text.Should().Contain("geïnspireerd op de ‘Visie op de eerste lijn’ en het programma “Samen beter in de wijk”.")
            .And.Contain("Wij bieden één overeenkomst aan voor 2026 – 2027.").And.Contain("€ 38,50")
            .And.Contain("uitleg over doelmatigheid (https://www.zuidwest-zorg.nl/zorgverleners/fysiotherapie/doelmatigheid.html)");
    }

    [Theory]
    [InlineData("bom-wins", "\uFEFF<html><head><meta charset=\"windows-1252\"></head><body><h1>Beleid</h1>{0}</body></html>", "utf-8")]
    [InlineData("meta-charset", "<html><head><meta charset=\"windows-1252\"></head><body><h1>Beleid</h1>{0}</body></html>", "windows-1252")]
    [InlineData("http-equiv", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><h1>Beleid</h1>{0}</body></html>", "windows-1252")]
    [InlineData("undeclared-legacy", "<html><body><h1>Beleid</h1>{0}</body></html>", "windows-1252")]
    [InlineData("undeclared-utf8", "<html><body><h1>Beleid</h1>{0}</body></html>", "utf-8")]
    [InlineData("mislabelled-utf8", "<html><head><meta charset=\"iso-8859-1\"></head><body><h1>Beleid</h1>{0}</body></html>", "utf-8")]
    [InlineData("utf-16", "\uFEFF<html><body><h1>Beleid</h1>{0}</body></html>", "utf-16")]
    public void The_encoding_comes_from_the_byte_order_mark_the_declaration_or_the_bytes(string why, string page, string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(encoding, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            .GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, Prose));

        var read = HtmlDocumentReader.Read(bytes, "pagina.html");

        read.Text.Should().Contain("de wensen van de cliënt", why).And.NotContain("\uFFFD").And.NotContain("Ã");
    }

    [Fact]
    public void A_page_without_an_h1_gets_the_title_of_the_page_without_the_site_name()
    {
        var read = Page("<html><head><title>Inkoopbeleid GGZ 2026 | Zorgverzekeraar Noord</title></head><body><main><h2>Inleiding</h2>" + Prose + "</main></body></html>");

        read.Text.Should().StartWith("# Inkoopbeleid GGZ 2026\n\n## Inleiding\n");
        PolicyTextParser.Parse(read.Text).Title.Should().Be("Inkoopbeleid GGZ 2026");
    }

    [Fact]
    public void Script_and_anchor_links_keep_their_text_and_a_link_that_names_its_address_is_not_written_twice()
    {
        var read = Page("<html><head><base href=\"https://www.voorbeeld.nl/a/\"></head><body><main><h1>Beleid</h1>" + Prose
            + "<p>Lees <a href=\"javascript:open()\">de regels</a>, <a href=\"#b\">bijlage B</a> en www.voorbeeld.nl/a/b op <a href=\"b\">www.voorbeeld.nl/a/b</a>.</p></main></body></html>");

        read.Text.Should().Contain("Lees de regels, bijlage B en www.voorbeeld.nl/a/b op www.voorbeeld.nl/a/b.");
    }

    [Fact]
    public void A_page_that_is_only_a_cookie_wall_is_refused()
    {
        var act = () => Page("<html><body><div id=\"cookiewall\" class=\"cookie-consent\"><h2>Cookies</h2><p>Deze website gebruikt cookies. "
            + "Kies of u alle cookies accepteert om verder te gaan naar de website van de zorgverzekeraar.</p><button>Accepteren</button></div>"
            + "<nav><a href=\"/\">Home</a></nav><footer>© 2026</footer></body></html>");

        act.Should().Throw<ImportFailedException>().Which.Problems.Single().Message.Should().Contain("bevat geen leesbare beleidstekst").And.Contain("cookiemelding");
    }

    [Fact]
    public void A_script_shell_saved_before_it_rendered_is_refused()
    {
        var act = () => Page("<!doctype html><html><head><title>Zorginkoop | CZ</title><script src=\"/app.js\"></script></head><body>"
            + "<noscript>Schakel JavaScript in om deze website te gebruiken.</noscript><div id=\"root\"></div></body></html>");

        act.Should().Throw<ImportFailedException>().Which.Problems.Single().Message.Should().Contain("bevat geen leesbare beleidstekst");
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")]
    [InlineData("Dit is platte tekst zonder opmaak.\nMet een tweede regel.")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml")]
    public void A_file_that_is_not_html_is_refused(string content)
    {
        var act = () => HtmlDocumentReader.Read(Encoding.Latin1.GetBytes(content), "beleid.html");

        act.Should().Throw<ImportFailedException>().Which.Problems.Single().Message.Should().Contain("'beleid.html' is geen webpagina (HTML)");
    }

    [Fact]
    public void A_page_of_mostly_unreadable_characters_is_refused()
    {
        var garbage = string.Concat(Enumerable.Repeat("\uE012\uE013\uFFFD\uE014 ", 60));
        var act = () => Page($"<html><body><main><h1>Beleid</h1><p>{garbage}</p>{Prose}</main></body></html>");

        act.Should().Throw<ImportFailedException>().Which.Problems.Single().Message.Should().Contain("grotendeels onleesbaar");
    }
}
