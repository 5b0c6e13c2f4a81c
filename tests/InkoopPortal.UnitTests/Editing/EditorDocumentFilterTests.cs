using InkoopPortal.Application.Editing;

namespace InkoopPortal.UnitTests.Editing;

/// <summary>/redactie's filter and sort as its URL holds them (ADR-030).</summary>
public class EditorDocumentFilterTests
{
    private static readonly EditorDocument[] Documents =
    [
        new(1, "Inkoopbeleid huisartsenzorg 2022 – CZ", "CZ", ["Huisartsenzorg"], 2022, 2022, false, 11) { PurchaserSlug = "cz", CareTypeSlugs = ["huisartsenzorg"] },
        new(2, "Inkoopbeleid huisartsenzorg 2023 – CZ", "CZ", ["Huisartsenzorg"], 2023, 2023, true, 11) { PurchaserSlug = "cz", CareTypeSlugs = ["huisartsenzorg"] },
        new(3, "Inkoopbeleid 2023 & 2024", "a.s.r.", ["Elv", "Grz"], 2023, 2024, false, 30) { PurchaserSlug = "asr", CareTypeSlugs = ["elv", "grz"] },
        new(4, "Inkoopbeleid huisartsenzorg 2022 – VGZ", "VGZ", ["Huisartsenzorg"], 2022, 2022, false, 9) { PurchaserSlug = "vgz", CareTypeSlugs = ["huisartsenzorg"] },
    ];

    private static EditorDocumentFilter Parse(string query)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split('='))
            .ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]));
        var (filter, problems) = EditorDocumentFilter.Parse(key => values.GetValueOrDefault(key));
        problems.Should().BeEmpty();
        return filter;
    }

    [Fact]
    public void Filters_and_sorting_come_from_the_URL_and_go_back_into_it()
    {
        var filter = Parse("zorgsoort=huisartsenzorg&status=gepubliceerd&sorteer=inkoper&richting=af");

        filter.Apply(Documents).Select(document => document.Id).Should().Equal(4, 1);
        filter.ToQuery().Should().Be("zorgsoort=huisartsenzorg&status=gepubliceerd&sorteer=inkoper&richting=af");
        filter.SortedOn(EditorDocumentSort.Purchaser).ToQuery().Should().EndWith("sorteer=inkoper&richting=op");
        filter.SortedOn(EditorDocumentSort.Statements).ToQuery().Should().EndWith("sorteer=cellen&richting=af");
        Parse("jaar=2024").Apply(Documents).Select(document => document.Id).Should().Equal(3);
        Parse("status=concept").Apply(Documents).Select(document => document.StatusText).Should().Equal("Concept");
        Parse("sorteer=status&richting=op").Apply(Documents).Select(document => document.StatusText).Should().Equal("Concept", "Gepubliceerd", "Gepubliceerd", "Gepubliceerd");
        Parse("").Apply(Documents).Select(document => document.Id).Should().Equal(3, 2, 1, 4);
        EditorDocumentFilter.Default.ToQuery().Should().BeEmpty();
    }

    [Fact]
    public void What_cannot_be_read_is_left_out_with_a_Dutch_message()
    {
        var (filter, problems) = EditorDocumentFilter.Parse(key => key switch { "jaar" => "20x2", "status" => "klaar", "sorteer" => "grootte", _ => null });

        filter.Should().Be(EditorDocumentFilter.Default);
        problems.Should().Equal(
            "'20x2' is geen jaar; het filter op jaar is weggelaten.",
            "De status 'klaar' bestaat niet (kies concept of gepubliceerd); het filter op status is weggelaten.",
            "Sorteren op 'grootte' kan niet; de lijst staat op jaar.");
    }
}
