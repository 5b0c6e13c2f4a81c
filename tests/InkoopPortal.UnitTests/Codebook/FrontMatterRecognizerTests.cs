using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.Codebook.MappingFixtures;

namespace InkoopPortal.UnitTests.Codebook;

public class FrontMatterRecognizerTests
{
    private const string Policy = "Wij verwachten van zorgaanbieders dat zij de tarieven uit de overeenkomst toepassen en de prestaties declareren volgens de voorwaarden.";

    [Theory]
    [InlineData("Inhoudstafel", "Onze visie\t3\nTarieven\t7\nPlanning\t9")]
    [InlineData("Woord vooraf", "Met genoegen presenteren wij dit document; hierin vindt u ons beleid.")]
    [InlineData("1. Introductie", "In dit document beschrijven we hoe wij in 2026 zorg inkopen.")]
    [InlineData("Opbouw van dit document", "In hoofdstuk 2 leest u onze visie, in hoofdstuk 3 de eisen.")]
    [InlineData("Wie zijn wij", "Wij zijn een coöperatieve zorgverzekeraar met ruim een miljoen verzekerden.")]
    [InlineData("In het kort", "De belangrijkste punten van dit beleid op een rij.")]
    public void Front_matter_is_recognised_in_other_wordings(string title, string body)
    {
        var verdict = FrontMatterRecognizer.Recognize(Section(title, body), 1, 20);

        verdict.Should().NotBeNull();
        verdict!.Role.Should().Be(SectionRole.FrontMatter);
        verdict.Reason.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Neem contact met ons op", "Mail naar inkoop@voorbeeld.nl of bel 030 - 123 45 67.")]
    [InlineData("Voorbehoud", "Wij kunnen dit beleid wijzigen; aan deze tekst kunnen geen rechten worden ontleend.")]
    [InlineData("Colofon", "Uitgave van Zorgverzekeraar Voorbeeld, vormgeving Studio X.")]
    [InlineData("Adresgegevens", "Postbus 100\n1000 AA Amsterdam")]
    public void Back_matter_is_recognised_in_other_wordings(string title, string body)
    {
        var verdict = FrontMatterRecognizer.Recognize(Section(title, body), 18, 20);

        verdict.Should().NotBeNull();
        verdict!.Role.Should().Be(SectionRole.BackMatter);
    }

    [Fact]
    public void The_body_alone_recognises_a_contents_list_an_address_block_and_marketing()
    {
        FrontMatterRecognizer.Recognize(Section("Overzicht", "Visie ..... 3\nKwaliteit ..... 5\nTarieven ..... 8"), 1, 20)!.Role.Should().Be(SectionRole.FrontMatter);
        FrontMatterRecognizer.Recognize(Section("Zorgverzekeraar Voorbeeld", "Hoofdkantoor\nStationsplein 1\n3511 ED Utrecht\nKvK 12345678"), 19, 20)!.Role
            .Should().Be(SectionRole.BackMatter);
        FrontMatterRecognizer.Recognize(Section("Gezond op weg", "Met onze app spaart u punten en krijgt u korting op uw premie. Onze klanten waarderen het."), 2, 20)!.Role
            .Should().Be(SectionRole.FrontMatter);
    }

    [Fact]
    public void A_heading_that_qualifies_the_word_is_content_when_the_body_is_policy()
    {
        FrontMatterRecognizer.Recognize(Section("Inleiding op de tarieven", Policy), 5, 20).Should().BeNull();
        FrontMatterRecognizer.Recognize(Section("Vragen over declaraties", Policy), 8, 20).Should().BeNull();
    }

    [Fact]
    public void Policy_content_is_no_matter()
    {
        FrontMatterRecognizer.Recognize(Section("Tarieven", Policy), 3, 20).Should().BeNull();
        FrontMatterRecognizer.Recognize(Section("Groene zorg", "Wij vragen aanbieders om een routekaart naar minder CO2-uitstoot."), 4, 20).Should().BeNull();
    }

    [Fact]
    public void A_sub_section_of_about_us_is_about_us_unless_its_body_is_policy()
    {
        FrontMatterRecognizer.Recognize(Section("Onze merken", "Wij verzekeren onder twee merken.", "Over ons"), 2, 20).Should().NotBeNull();
        FrontMatterRecognizer.Recognize(Section("Contractering", Policy, "Over ons"), 2, 20).Should().BeNull();
    }
}
