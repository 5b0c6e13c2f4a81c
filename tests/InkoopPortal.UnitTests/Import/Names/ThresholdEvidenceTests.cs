using FuzzySharp;
using FuzzySharp.PreProcess;
using InkoopPortal.Application.Import.Names;

namespace InkoopPortal.UnitTests.Import.Names;

/// <summary>
/// The scores docs/decisions/ADR-019-name-resolution.md gives for its thresholds, measured here so the ADR stays
/// true: what a name scores against the existing name it is closest to, and whether that may match or only suggest.
/// </summary>
public class ThresholdEvidenceTests
{
    [Theory]
    // Typos in longer names: above the similar threshold (90).
    [InlineData("Zilverkruis", "Zilveren Kruis", "zvw", 92, true)]
    [InlineData("Zorgkantoor Menziss", "Zorgkantoor Menzis", "wlz", 92, true)]
    [InlineData("Zorgkantoor Frieslân", "Zorgkantoor Friesland", "wlz", 94, true)]
    [InlineData("Samenwerkingsafspraak", "Samenwerkingsafspraken", "topic", 93, true)]
    [InlineData("Randvoorwaarde", "Randvoorwaarden", "topic", 97, true)]
    [InlineData("Overige", "Overig", "topic", 92, true)]
    [InlineData("Infrastructuur en organisatie", "Organisatie & Infrastructuur", "topic", 100, true)]
    // One letter off in a short word, or a word more: a suggestion (75 to 89), never a match.
    [InlineData("Mentis", "Menzis", "zvw", 83, true)]
    [InlineData("Caresk", "Caresq", "zvw", 83, true)]
    [InlineData("Menzes", "Menzis", "zvw", 83, true)]
    [InlineData("Automatisering en ICT", "Automatisering", "topic", 85, true)]
    [InlineData("Kwaliteitsbeleid", "kwaliteitsbeleid-zorginhoud", "topic", 76, true)]
    [InlineData("Zilveren Kruis Achmea", "Zilveren Kruis", "zvw", 81, true)]
    // Different names: below the suggestion threshold.
    [InlineData("Zorgkantoor Noord", "Zorgkantoor Menzis", "wlz", 18, true)]
    [InlineData("Zorgkantoor Zeeland", "Zorgkantoor Friesland", "wlz", 62, true)]
    [InlineData("Verzekeraar Fantasia", "Caresq", "zvw", 29, true)]
    [InlineData("Regioplan", "Regionale samenwerking", "topic", 53, true)]
    // Short names and numbered names: never a match by score.
    [InlineData("VGZ", "CZ", "zvw", 0, false)]
    [InlineData("DSW", "ENO", "zvw", 0, false)]
    [InlineData("ONVZ", "VGZ", "zvw", 0, false)]
    [InlineData("DSV", "DSW", "zvw", 67, false)]
    [InlineData("Punt 11", "Punt 10", "topic", 0, false)]
    public void The_score_of_a_written_name_against_an_existing_one(string written, string existing, string context, int score, bool mayMatch)
    {
        var generic = context switch
        {
            "zvw" => GenericWords.HealthInsurers,
            "wlz" => GenericWords.CareOffices,
            _ => GenericWords.None,
        };

        var measured = NameMatcher.Score(NameForms.Normalize(written, generic), NameForms.Normalize(existing, generic));

        measured.Should().Be((score, mayMatch));
    }

    [Fact]
    public void Scoring_the_normalized_forms_keeps_a_shared_generic_word_from_making_names_alike()
    {
        // With "zorgkantoor" kept, a new care office "Zorgkantoor Midden" would be "Bedoelt u 'Zorgkantoor Menzis'?".
        Fuzz.Ratio("zorgkantoormidden", "zorgkantoormenzis", PreprocessMode.None).Should().Be(82);
        NameMatcher.Score(NameForms.Normalize("Zorgkantoor Midden", GenericWords.CareOffices), NameForms.Normalize("Zorgkantoor Menzis", GenericWords.CareOffices))
            .Should().Be((50, true));
    }
}
