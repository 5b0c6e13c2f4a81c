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

    [Theory]
    [InlineData("Van ons team", "Beste zorgaanbieder, hierbij ontvangt u onze plannen voor volgend jaar. Wij zien uit naar de gesprekken.")]
    [InlineData("Aan alle aanbieders", "Wij hebben veel van u geleerd dit jaar. Met vriendelijke groet, het team zorginkoop wijkverpleging.")]
    [InlineData("Samen verder", "Ook dit jaar hebben wij veel gesprekken gevoerd over de zorg in de wijk. Namens de directie dank ik u voor uw inzet.")]
    public void A_letter_to_the_reader_early_in_the_document_is_a_foreword(string title, string body)
    {
        var verdict = FrontMatterRecognizer.Recognize(Section(title, body), 1, 30);

        verdict.Should().NotBeNull();
        verdict!.Role.Should().Be(SectionRole.FrontMatter);
        verdict.Reason.Should().Contain("brief");
        FrontMatterRecognizer.Recognize(Section(title, body), 20, 30).Should().BeNull("a greeting late in the document is no foreword");
    }

    [Fact]
    public void A_short_scope_statement_early_is_front_matter_but_scope_with_policy_is_not()
    {
        var scope = Section("Zorgsoorten", "Dit inkoopbeleid geldt voor de wijkverpleging en de zorg aan huis. Het gaat niet over het verblijf in een instelling.");
        var withPolicy = Section("Zorgsoorten", "Dit inkoopbeleid geldt voor de wijkverpleging. Wij verwachten van zorgaanbieders dat zij de kwaliteit meten " +
                                                "en wij contracteren alleen aanbieders die aan de eisen en voorwaarden voldoen.");

        FrontMatterRecognizer.Recognize(scope, 2, 30)!.Reason.Should().Contain("waarvoor dit document geldt");
        FrontMatterRecognizer.Recognize(withPolicy, 2, 30).Should().BeNull();
        FrontMatterRecognizer.Recognize(scope, 18, 30).Should().BeNull("only early in the document");
    }

    [Theory]
    [InlineData("Geen rechten te ontlenen", "Wij doen ons best deze tekst juist te houden.")]
    [InlineData("Samengevat", "- Wij sluiten overeenkomsten voor drie jaar.\n- De eisen blijven gelijk.")]
    [InlineData("Wat vindt u in dit document", "Eerst de visie, dan de inkoop en de eisen.")]
    [InlineData("Wilt u meer weten?", "Neem dan contact met ons op via het zorgaanbiedersloket.")]
    [InlineData("Bereikbaar voor u", "U kunt ons telefonisch spreken op werkdagen van 9 tot 17 uur.")]
    public void Idiomatic_headings_of_front_and_back_matter_are_recognised(string title, string body)
    {
        FrontMatterRecognizer.Recognize(Section(title, body), 15, 30).Should().NotBeNull();
    }

    [Fact]
    public void A_title_page_may_carry_its_version_and_scope()
    {
        var title = Section("Inkoopbeleid wijkverpleging 2028",
            "Zorgverzekeraar Voorbeeld, afdeling Zorginkoop. Versie 1.1, gepubliceerd op 1 april 2027. Dit beleid geldt voor alle " +
            "organisaties voor wijkverpleging waarmee wij een overeenkomst sluiten.");

        FrontMatterRecognizer.Recognize(title, 0, 30)!.Reason.Should().Be("titelpagina");
    }
}
