using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Names;

namespace InkoopPortal.UnitTests.Import.Names;

/// <summary>
/// Written purchaser names against the real reference data, in the context of a Zvw care type (health insurers) and
/// of a Wlz one (care offices). Expected: the slug it resolves to and how, or null for a new name (with the slug
/// of its suggestion, if any). The variants below were used to choose the thresholds; <see cref="HeldOutTests"/> were not.
/// </summary>
public class PurchaserMatchTests
{
    private const string Zvw = "huisartsenzorg";
    private const string Wlz = "wlz-vv";

    [Theory]
    [InlineData("CZ", "cz", NameMatchKind.Exact)]
    [InlineData("cz", "cz", NameMatchKind.Exact)]
    [InlineData("C.Z.", "cz", NameMatchKind.Exact)]
    [InlineData("CZ (regio Zuid)", "cz", NameMatchKind.Normalized)]
    [InlineData("CZ groep", "cz", NameMatchKind.Alias)]
    [InlineData("Zilverenkruis", "zilveren-kruis", NameMatchKind.Exact)]
    [InlineData("Zilveren Kruis (incl de Friesland)", "zilveren-kruis", NameMatchKind.Normalized)]
    [InlineData("ZK", "zilveren-kruis", NameMatchKind.Alias)]
    [InlineData("De Friesland", "zilveren-kruis", NameMatchKind.Alias)]
    [InlineData("Achmea", "zilveren-kruis", NameMatchKind.Alias)]
    [InlineData("Zilveren Kruis én De Friesland", "zilveren-kruis", NameMatchKind.Alias)]
    [InlineData("De Amersfoortse", "asr", NameMatchKind.Alias)]
    [InlineData("Ditzo", "asr", NameMatchKind.Alias)]
    [InlineData("a.s.r.", "asr", NameMatchKind.Exact)]
    [InlineData("Eno/Salland", "eno", NameMatchKind.Normalized)]
    [InlineData("Salland Zorgverzekeringen", "eno", NameMatchKind.Alias)]
    [InlineData("Zorg en zekerheid", "zorg-en-zekerheid", NameMatchKind.Exact)]
    [InlineData("Z&Z", "zorg-en-zekerheid", NameMatchKind.Alias)]
    [InlineData("Zorg & Zekerheid", "zorg-en-zekerheid", NameMatchKind.Alias)]
    [InlineData("Coöperatie VGZ", "vgz", NameMatchKind.Alias)]
    [InlineData("DSW Zorgverzekeraar", "dsw", NameMatchKind.Alias)]
    [InlineData("Zorgverzekeraar DSW", "dsw", NameMatchKind.Normalized)]
    [InlineData("Zilverkruis", "zilveren-kruis", NameMatchKind.Similar)]
    [InlineData("ONVZ", "onvz", NameMatchKind.Exact)]
    public void A_Zvw_name_resolves_to_its_health_insurer(string written, string slug, NameMatchKind kind)
    {
        var match = Match(written, Zvw);

        (match.Kind, match.Slug).Should().Be((kind, slug), match.Describe(written));
    }

    [Theory]
    [InlineData("CZ zorgkantoor", "zorgkantoor-cz", NameMatchKind.Normalized)]
    [InlineData("Zorgkantoor CZ", "zorgkantoor-cz", NameMatchKind.Exact)]
    [InlineData("zorgkantoor VGZ", "zorgkantoor-vgz", NameMatchKind.Exact)]
    [InlineData("VGZ zorgkantoor", "zorgkantoor-vgz", NameMatchKind.Normalized)]
    [InlineData("Zilveren Kruis (incl de Friesland)", "zorgkantoor-achmea", NameMatchKind.Normalized)]
    [InlineData("Zilveren Kruis", "zorgkantoor-achmea", NameMatchKind.Normalized)]
    [InlineData("Achmea Zorgkantoor", "zorgkantoor-achmea", NameMatchKind.Normalized)]
    [InlineData("Zilveren Kruis én De Friesland", "zorgkantoor-achmea", NameMatchKind.Alias)]
    [InlineData("De Friesland", "zorgkantoor-friesland", NameMatchKind.Normalized)]
    [InlineData("Eno/Salland", "zorgkantoor-salland", NameMatchKind.Alias)]
    [InlineData("Salland", "zorgkantoor-salland", NameMatchKind.Normalized)]
    [InlineData("Zorg en zekerheid", "zorgkantoor-zorg-en-zekerheid", NameMatchKind.Normalized)]
    [InlineData("Z&Z", "zorgkantoor-zorg-en-zekerheid", NameMatchKind.Normalized)]
    [InlineData("Wlz-uitvoerder Zorg en Zekerheid", "zorgkantoor-zorg-en-zekerheid", NameMatchKind.Alias)]
    [InlineData("CZ", "zorgkantoor-cz", NameMatchKind.Normalized)]
    [InlineData("DSW", "zorgkantoor-dsw", NameMatchKind.Normalized)]
    [InlineData("Coöperatie VGZ", "zorgkantoor-vgz", NameMatchKind.Alias)]
    [InlineData("CZ Zorgverzekeraar", "zorgkantoor-cz", NameMatchKind.Alias)]
    [InlineData("Univé", "zorgkantoor-unive", NameMatchKind.Normalized)]
    [InlineData("Trias", "zorgkantoor-trias", NameMatchKind.Normalized)]
    [InlineData("Menzis Zorgkantoor", "zorgkantoor-menzis", NameMatchKind.Normalized)]
    [InlineData("Zorgkantor VGZ", "zorgkantoor-vgz", NameMatchKind.Normalized)]
    [InlineData("Zorgkantoor Menziss", "zorgkantoor-menzis", NameMatchKind.Similar)]
    public void A_Wlz_name_resolves_to_its_care_office(string written, string slug, NameMatchKind kind)
    {
        var match = Match(written, Wlz);

        (match.Kind, match.Slug).Should().Be((kind, slug), match.Describe(written));
    }

    [Theory]
    [InlineData("Mentis", Zvw, "menzis")]
    [InlineData("Caresk", Zvw, "caresq")]
    [InlineData("DSV", Zvw, "dsw")]
    [InlineData("Verzekeraar Fantasia", Zvw, null)]
    [InlineData("VGZ Plus", Zvw, null)]
    [InlineData("Zorgkantoor Noord", Wlz, null)]
    [InlineData("Zorgkantoor Mentis", Wlz, "zorgkantoor-menzis")]
    public void A_near_miss_is_new_with_at_most_a_suggestion(string written, string careType, string? suggested)
    {
        var match = Match(written, careType);

        match.Kind.Should().Be(NameMatchKind.New, match.Describe(written));
        match.Suggestion?.Slug.Should().Be(suggested);
        if (suggested is null)
        {
            match.Suggestion.Should().BeNull();
        }
    }

    [Theory]
    [InlineData("Zorgkantoor CZ", Zvw, "Zorgkantoor CZ, een zorgkantoor (Wlz)")]
    [InlineData("CZ zorgkantoor", Zvw, "Zorgkantoor CZ, een zorgkantoor (Wlz)")]
    [InlineData("ONVZ", Wlz, "de zorgverzekeraar ONVZ (Zvw)")]
    [InlineData("Ditzo", Wlz, "de zorgverzekeraar a.s.r. (Zvw)")]
    [InlineData("Eno/CZ", Zvw, "'Eno' is ENO, 'CZ' is CZ")]
    [InlineData("VGZ/CZ", Wlz, "'VGZ' is Zorgkantoor VGZ, 'CZ' is Zorgkantoor CZ")]
    [InlineData("!?", Zvw, "bevat geen letters of cijfers")]
    public void A_name_of_the_other_law_or_of_two_purchasers_is_a_conflict_not_a_guess(string written, string careType, string reason)
    {
        var match = Match(written, careType);

        match.Kind.Should().Be(NameMatchKind.Conflict);
        match.Slug.Should().BeNull();
        match.Reason.Should().Contain(reason);
    }

    [Fact]
    public void Short_names_never_match_each_other_by_score()
    {
        var shortNames = new[] { "CZ", "VGZ", "DSW", "ENO", "ONVZ", "ZK", "ASR" };
        var catalog = ReferenceCatalog.Load();
        var careTypes = catalog.CareTypes(Zvw);

        foreach (var written in shortNames)
        {
            foreach (var other in shortNames.Where(other => other != written))
            {
                // Each with one letter of the other: still itself, or new, never the other.
                var mixed = written + other[0];
                var match = catalog.MatchPurchaser(mixed, careTypes);
                match.Kind.Should().NotBe(NameMatchKind.Similar, $"'{mixed}' is not similar to anything: {match.Describe(mixed)}");
            }

            catalog.MatchPurchaser(written, careTypes).Kind.Should().BeOneOf(NameMatchKind.Exact, NameMatchKind.Alias);
        }
    }

    [Fact]
    public void The_preview_text_says_how_each_name_was_matched()
    {
        var catalog = ReferenceCatalog.Load();
        var zvw = catalog.CareTypes(Zvw);
        var wlz = catalog.CareTypes(Wlz);

        catalog.MatchPurchaser("CZ", zvw).Describe("CZ").Should().Be("CZ");
        catalog.MatchPurchaser("cz", zvw).Describe("cz").Should().Be("CZ (geschreven als 'cz')");
        catalog.MatchPurchaser("ZK", zvw).Describe("ZK").Should().Be("Zilveren Kruis (via alias 'ZK')");
        catalog.MatchPurchaser("Ditzo", zvw).Describe("Ditzo").Should().Be("a.s.r. (via label 'Ditzo')");
        catalog.MatchPurchaser("CZ zorgkantoor", wlz).Describe("CZ zorgkantoor").Should().Be("Zorgkantoor CZ (herkend zonder 'zorgkantoor')");
        catalog.MatchPurchaser("Zilveren Kruis (incl de Friesland)", wlz).Describe("Zilveren Kruis (incl de Friesland)")
            .Should().Be("Zorgkantoor Achmea (herkend zonder '(incl de Friesland)' en 'zorgkantoor')");
        catalog.MatchPurchaser("Eno/Salland", zvw).Describe("Eno/Salland").Should().Be("ENO (herkend aan 'Eno' en 'Salland' uit 'Eno/Salland')");
        catalog.MatchPurchaser("Eno/Salland", wlz).Describe("Eno/Salland").Should().Be("Zorgkantoor Salland (via 'Eno (Salland)', naam van concern Eno (Salland))");
        catalog.MatchPurchaser("Coöperatie VGZ", wlz).Describe("Coöperatie VGZ")
            .Should().Be("Zorgkantoor VGZ (via 'Coöperatie VGZ', naam van concern Coöperatie VGZ)");
        catalog.MatchPurchaser("Zilverkruis", zvw).Describe("Zilverkruis").Should().Be("Zilveren Kruis (gelijkend: score 92 van 100)");
        catalog.MatchPurchaser("Mentis", zvw).Describe("Mentis").Should().Be("nieuw – Bedoelt u 'Menzis'? (gelijkend: score 83 van 100)");
        catalog.MatchPurchaser("Verzekeraar Fantasia", zvw).Describe("Verzekeraar Fantasia").Should().Be("nieuw");
    }

    [Fact]
    public void The_identity_for_the_table_reader_is_the_slug_or_the_normalized_name()
    {
        var catalog = ReferenceCatalog.Load();
        var zvw = catalog.PurchaserIdentity(catalog.CareTypes(Zvw));
        var wlz = catalog.PurchaserIdentity(catalog.CareTypes("wlz-vv", "wlz-gz"));

        new[] { "Zilveren Kruis", "Zilverenkruis", "Zilveren Kruis (incl de Friesland)", "ZK", "De Friesland" }.Select(zvw)
            .Should().OnlyContain(identity => identity == "zilveren-kruis");
        new[] { "CZ zorgkantoor", "Zorgkantoor CZ", "CZ" }.Select(wlz).Should().OnlyContain(identity => identity == "zorgkantoor-cz");
        zvw("Verzekeraar Fantasia").Should().Be(zvw("verzekeraar-fantasia (nieuw)")).And.Be("fantasia");
        wlz("Zorgkantoor Noord").Should().Be(wlz("Noord zorgkantoor")).And.Be("noord");
        zvw("Mentis").Should().Be("mentis", "a suggestion is not a match");
    }

    [Fact]
    public void Care_types_of_both_laws_in_one_import_are_refused_in_Dutch()
    {
        var catalog = ReferenceCatalog.Load();

        var mixed = () => catalog.MatchPurchaser("CZ", catalog.CareTypes("huisartsenzorg", "wlz-vv"));

        mixed.Should().Throw<ImportFailedException>().Which.Problems.Should().ContainSingle().Which.Message.Should()
            .Contain("Huisartsenzorg (Zvw) en Wlz verpleging en verzorging (Wlz) vallen onder verschillende wetten");
    }

    [Fact]
    public void A_care_office_is_named_by_its_concern_only_when_it_is_the_concerns_main_one()
    {
        var catalog = ReferenceCatalog.Load();
        var wlz = catalog.CareTypes(Wlz);

        // VGZ's concern has three care offices; only Zorgkantoor VGZ (zorgkantoor-vgz) takes the insurer's names.
        catalog.MatchPurchaser("Coöperatie VGZ", wlz).Slug.Should().Be("zorgkantoor-vgz");
        // Eno's concern has one care office, with another name: Salland.
        catalog.MatchPurchaser("Eno", wlz).Slug.Should().Be("zorgkantoor-salland");
        catalog.MainCareOffice(catalog.FindPurchaserBySlug("eno")!)!.Slug.Should().Be("zorgkantoor-salland");
        catalog.MainCareOffice(catalog.FindPurchaserBySlug("zilveren-kruis")!)!.Slug.Should().Be("zorgkantoor-achmea");
        catalog.MainCareOffice(catalog.FindPurchaserBySlug("onvz")!).Should().BeNull();
    }

    [Fact]
    public void A_new_purchaser_is_found_by_the_next_name_that_means_it()
    {
        var catalog = ReferenceCatalog.Load();
        var zvw = catalog.CareTypes(Zvw);
        catalog.MatchPurchaser("Verzekeraar Fantasia", zvw).Kind.Should().Be(NameMatchKind.New);

        catalog.AddPurchaser("Verzekeraar Fantasia", ImportCatalog.KindFor(ImportCatalog.LawOf(zvw)));

        catalog.MatchPurchaser("verzekeraar fantasia", zvw).Should().BeEquivalentTo(new { Kind = NameMatchKind.Exact, Slug = "verzekeraar-fantasia" });
        catalog.MatchPurchaser("Fantasia", catalog.CareTypes(Wlz)).Kind.Should().Be(NameMatchKind.Conflict, "a health insurer is no care office");
    }

    private static NameMatch Match(string written, string careType)
    {
        var catalog = ReferenceCatalog.Load();
        return catalog.MatchPurchaser(written, catalog.CareTypes(careType));
    }
}
