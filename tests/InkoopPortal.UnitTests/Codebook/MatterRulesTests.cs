using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.Codebook.MappingFixtures;

namespace InkoopPortal.UnitTests.Codebook;

/// <summary>The second round's front and back matter rules: numbered prefixes, "dit document" headings, title pages, glossaries.</summary>
public class MatterRulesTests
{
    [Theory]
    [InlineData("Hoofdstuk 2 – Vooraf", "Wij danken iedereen die het afgelopen jaar met ons meedacht over deze tekst.")]
    [InlineData("Voor wie is dit inkoopbeleid bedoeld", "Dit inkoopbeleid richt zich op wijkverpleegkundige teams en thuiszorgorganisaties in ons werkgebied.")]
    [InlineData("Waarom deze publicatie", "Met deze publicatie laten wij zien welke keuzes wij voor volgend jaar maken.")]
    [InlineData("Hoe is dit document opgebouwd", "Eerst komt de visie aan bod, daarna gaat hoofdstuk 3 over de eisen en hoofdstuk 4 over de prijzen.")]
    public void Headings_about_the_document_itself_are_front_matter(string title, string body)
    {
        var verdict = FrontMatterRecognizer.Recognize(Section(title, body), 2, 30);

        verdict.Should().NotBeNull();
        verdict!.Role.Should().Be(SectionRole.FrontMatter);
    }

    [Theory]
    [InlineData("Bijlage 3: Definities", "- Zorgpad: de route die een cliënt door de zorg volgt.\n- Verwijzer: wie de cliënt doorstuurt.")]
    [InlineData("Lijst met afkortingen", "| Afk. | Betekenis |\n|---|---|\n| WMO | Wet maatschappelijke ondersteuning |")]
    [InlineData("Verklarende woordenlijst", "Cliënt: wie zorg ontvangt.\nMantelzorger: wie onbetaald voor een naaste zorgt.")]
    public void Glossaries_and_abbreviations_are_back_matter_by_their_heading(string title, string body)
    {
        var verdict = FrontMatterRecognizer.Recognize(Section(title, body), 27, 30);

        verdict.Should().NotBeNull();
        verdict!.Role.Should().Be(SectionRole.BackMatter);
    }

    [Fact]
    public void A_list_of_abbreviations_is_back_matter_by_its_body_alone_wherever_it_stands()
    {
        var body = "- POH: praktijkondersteuner huisarts\n- WMO: Wet maatschappelijke ondersteuning\n- GGD: gemeentelijke gezondheidsdienst\n- SEH: spoedeisende hulp";

        var verdict = FrontMatterRecognizer.Recognize(Section("Wat de letters betekenen", body), 3, 30);

        verdict.Should().NotBeNull();
        verdict!.Role.Should().Be(SectionRole.BackMatter);
        verdict.Reason.Should().Contain("afkortingen");
    }

    [Fact]
    public void Term_and_definition_lines_late_in_a_document_are_a_glossary_early_they_are_content()
    {
        var body = "- Zorgpad: de route die een cliënt volgt.\n- Verwijzer: wie de cliënt doorstuurt.\n" +
                   "- Mantelzorger: wie onbetaald voor een naaste zorgt.\n- Wijkteam: de teams van de gemeente.";

        FrontMatterRecognizer.Recognize(Section("Wat wij bedoelen met", body), 28, 30)!.Role.Should().Be(SectionRole.BackMatter);
        FrontMatterRecognizer.Recognize(Section("Wat wij bedoelen met", body), 4, 30).Should().BeNull();
    }

    [Fact]
    public void A_planning_table_of_dates_is_no_glossary()
    {
        var body = "- 1 maart: wij publiceren de uitvraag.\n- 15 april: u dient uw offerte in.\n" +
                   "- 1 juni: wij sturen een voorstel.\n- 1 oktober: de overeenkomst wordt getekend.";

        FrontMatterRecognizer.Recognize(Section("Tijdlijn", body), 25, 30).Should().BeNull();
    }

    [Fact]
    public void A_title_page_may_name_the_purchasing_department()
    {
        var title = Section("Zorginkoopbeleid wijkverpleging 2027", "Zorgverzekeraar Voorbeeld – afdeling zorginkoop\nUtrecht, mei 2026");

        var verdict = FrontMatterRecognizer.Recognize(title, 0, 30);

        verdict.Should().NotBeNull();
        verdict!.Reason.Should().Be("titelpagina");
        FrontMatterRecognizer.Recognize(title, 5, 30).Should().BeNull("only the first section is a title page");
    }
}
