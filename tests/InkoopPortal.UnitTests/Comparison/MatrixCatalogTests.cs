using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.UnitTests.Comparison;

/// <summary>Which view a page opens on when a choice is left open, and which columns a matrix shows by default.</summary>
public class MatrixCatalogTests
{
    private static readonly CatalogCareType Huisartsenzorg = new(1, "huisartsenzorg", "Huisartsenzorg", Law.Zvw);
    private static readonly CatalogCareType Elv = new(2, "elv", "Eerstelijnsverblijf", Law.Zvw);
    private static readonly CatalogCareType Msz = new(3, "msz", "Medisch-specialistische zorg", Law.Zvw);
    private static readonly CatalogCareType WlzVv = new(4, "wlz-vv", "Wlz verpleging en verzorging", Law.Wlz);

    /// <summary>
    /// Like the shipped sources: four insurers in the 2022 huisartsenzorg memo (a.s.r. not analysed yet), CZ alone
    /// in 2023, a.s.r.'s ELV policy for 2023–2024, two MSZ documents in 2024 of which one has content, and a care
    /// office's Wlz policy for 2024–2026.
    /// </summary>
    public static MatrixCatalog Catalog { get; } = new(
        [Huisartsenzorg, Elv, Msz, WlzVv],
        [
            new CatalogPurchaser(1, "cz", "CZ", PurchaserKind.HealthInsurer),
            new CatalogPurchaser(2, "menzis", "Menzis", PurchaserKind.HealthInsurer),
            new CatalogPurchaser(3, "vgz", "VGZ", PurchaserKind.HealthInsurer),
            new CatalogPurchaser(4, "asr", "a.s.r.", PurchaserKind.HealthInsurer),
            new CatalogPurchaser(5, "zorg-en-zekerheid", "Zorg en Zekerheid", PurchaserKind.HealthInsurer),
            new CatalogPurchaser(6, "zorgkantoor-zorg-en-zekerheid", "Zorgkantoor Zorg en Zekerheid", PurchaserKind.CareOffice),
        ],
        [],
        [
            new CatalogCoverage(1, 1, 2022, 2022), new CatalogCoverage(2, 1, 2022, 2022), new CatalogCoverage(3, 1, 2022, 2022),
            new CatalogCoverage(4, 1, 2022, 2022), new CatalogCoverage(1, 1, 2023, 2023), new CatalogCoverage(4, 2, 2023, 2024),
            new CatalogCoverage(5, 3, 2024, 2024), new CatalogCoverage(3, 3, 2024, 2024), new CatalogCoverage(6, 4, 2024, 2026),
        ],
        [],
        [],
        [
            new CatalogCoverage(1, 1, 2022, 2022), new CatalogCoverage(2, 1, 2022, 2022), new CatalogCoverage(3, 1, 2022, 2022),
            new CatalogCoverage(1, 1, 2023, 2023), new CatalogCoverage(4, 2, 2023, 2024), new CatalogCoverage(5, 3, 2024, 2024),
            new CatalogCoverage(6, 4, 2024, 2026),
        ]);

    [Fact]
    public void Without_a_choice_the_most_recent_year_in_which_a_care_type_compares_purchasers_is_chosen()
    {
        var view = Catalog.ComparingView();

        view.Should().BeEquivalentTo(new CatalogView(Huisartsenzorg, 2022, 3, 4),
            "2023–2026 have one purchaser with content per care type; 2022 has three");
    }

    [Fact]
    public void A_year_alone_opens_its_care_type_with_the_most_purchasers()
    {
        Catalog.ComparingView(year: 2024)!.CareType.Should().Be(Msz, "two purchasers have a document, more than for ELV or Wlz");
        Catalog.ComparingView(year: 2023)!.CareType.Should().Be(Huisartsenzorg);
        Catalog.ComparingView(year: 2019).Should().BeNull();
    }

    [Fact]
    public void A_care_type_or_law_alone_opens_its_most_recent_comparing_year_or_else_its_most_recent_year()
    {
        Catalog.ComparingView(careTypeId: Huisartsenzorg.Id)!.Year.Should().Be(2022, "in 2023 only CZ has a document");
        Catalog.ComparingView(careTypeId: Elv.Id)!.Year.Should().Be(2024);
        Catalog.ComparingView(law: Law.Wlz).Should().BeEquivalentTo(new CatalogView(WlzVv, 2026, 1, 1));
    }

    [Fact]
    public void The_years_are_those_of_every_care_type_and_a_law_narrows_them()
    {
        Catalog.Years().Should().Equal(2026, 2025, 2024, 2023, 2022);
        Catalog.Years(Law.Wlz).Should().Equal(2026, 2025, 2024);
    }

    [Fact]
    public void The_default_columns_include_the_purchasers_that_had_a_document_the_year_before()
    {
        Catalog.DefaultColumns(Huisartsenzorg.Id, 2023).Select(purchaser => purchaser.Slug).Should().Equal("cz", "menzis", "vgz", "asr");
        Catalog.DefaultColumns(Huisartsenzorg.Id, 2022).Select(purchaser => purchaser.Slug).Should().Equal("cz", "menzis", "vgz", "asr");
        Catalog.DefaultColumns(Elv.Id, 2025).Select(purchaser => purchaser.Slug).Should().Equal("asr");
    }

    [Fact]
    public void A_year_in_which_no_document_takes_effect_has_nothing_new()
    {
        Catalog.HasDocumentStartingIn(WlzVv.Id, 2024).Should().BeTrue();
        Catalog.HasDocumentStartingIn(WlzVv.Id, 2025).Should().BeFalse();
    }
}
