using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.UnitTests.Comparison;

public class MatrixNavigationTests
{
    private static readonly MatrixRequest Current = new(2022, "huisartsenzorg", null, ["cz", "vgz", "dsw"], ["regioplan"], new MyRegionChoice("inkoper", "cz"));

    [Fact]
    public void The_url_holds_the_whole_state_but_never_the_browser_held_choice()
    {
        MatrixNavigation.UrlFor(Current).Should().Be("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz,dsw&onderwerpen=regioplan");
        MatrixNavigation.UrlFor(MatrixRequest.Empty).Should().Be("/vergelijk");
    }

    [Fact]
    public void Moving_a_column_swaps_it_with_its_neighbour_and_stops_at_the_edges()
    {
        MatrixNavigation.MovePurchaser(Current, Current.PurchaserSlugs, "vgz", -1).PurchaserSlugs.Should().Equal("vgz", "cz", "dsw");
        MatrixNavigation.MovePurchaser(Current, Current.PurchaserSlugs, "vgz", 1).PurchaserSlugs.Should().Equal("cz", "dsw", "vgz");
        MatrixNavigation.MovePurchaser(Current, Current.PurchaserSlugs, "cz", -1).PurchaserSlugs.Should().Equal("cz", "vgz", "dsw");
        MatrixNavigation.MovePurchaser(Current, Current.PurchaserSlugs, "onbekend", 1).PurchaserSlugs.Should().Equal("cz", "vgz", "dsw");
    }

    [Fact]
    public void Choosing_purchasers_keeps_the_current_order_and_appends_new_ones_in_list_order()
    {
        var next = MatrixNavigation.WithPurchasers(Current, ["dsw", "cz"], ["cz", "menzis", "dsw", "eno"], ["cz", "menzis", "vgz", "dsw", "eno"]);

        next.PurchaserSlugs.Should().Equal("dsw", "cz", "menzis", "eno");
    }

    [Fact]
    public void Another_care_type_resets_the_topics_keeps_a_year_with_data_and_keeps_purchasers_within_the_law()
    {
        var elv = new CatalogCareType(2, "elv", "Eerstelijnsverblijf", Law.Zvw);
        var sameLaw = MatrixNavigation.WithCareType(Current, elv, Law.Zvw, [2024, 2023]);
        sameLaw.Should().BeEquivalentTo(Current with { CareTypeSlug = "elv", Year = null, TopicSlugs = [] });

        var withYear = MatrixNavigation.WithCareType(Current, elv, Law.Zvw, [2022]);
        withYear.Year.Should().Be(2022);

        var wlz = new CatalogCareType(3, "wlz-vv", "Verpleging en verzorging", Law.Wlz);
        MatrixNavigation.WithCareType(Current, wlz, Law.Zvw, []).PurchaserSlugs.Should().BeEmpty();
    }

    [Fact]
    public void Another_law_opens_that_laws_default_view()
    {
        MatrixNavigation.WithLaw(Current, Law.Wlz, Law.Zvw).Should().BeEquivalentTo(new MatrixRequest(null, null, Law.Wlz, [], []));
        MatrixNavigation.WithLaw(Current, Law.Zvw, Law.Zvw).Should().BeEquivalentTo(Current with { Law = Law.Zvw });
    }

    [Fact]
    public void Topics_and_groups_follow_the_order_of_the_list()
    {
        var options = new MatrixFilterOptions([2022], [], [],
        [
            new TopicGroupOption("regionaal", "Regionaal", [new TopicOption("algemeen", "Algemeen"), new TopicOption("regioplan", "Regioplan")]),
            new TopicGroupOption(null, MatrixBuilder.UngroupedName, [new TopicOption("overig", "Overig")]),
        ]);

        MatrixNavigation.TopicOptionSlugs(options).Should().Equal("regionaal", "algemeen", "regioplan", "overig");
        MatrixNavigation.WithTopics(Current, ["overig", "regioplan", "regionaal"], options).TopicSlugs.Should().Equal("regionaal", "regioplan", "overig");
    }

    [Fact]
    public void Without_a_table_the_shown_order_is_the_addresses_and_the_requested_year_is_offered()
    {
        var page = new MatrixPage(Current with { PurchaserSlugs = [] }, null, "", [],
            new MatrixFilterOptions([2022], [],
                [new PurchaserOption("cz", "CZ", PurchaserKind.HealthInsurer, true), new PurchaserOption("vgz", "VGZ", PurchaserKind.HealthInsurer, true)],
                []),
            ["cz", "vgz"]);

        MatrixNavigation.ShownOrder(page).Should().Equal("cz", "vgz");
        MatrixNavigation.PinnedPurchaser(page).Should().BeNull();
        MatrixNavigation.YearOptions(page with { Request = page.Request with { Year = 2030 } }).Should().Equal(2030, 2022);
    }

    [Fact]
    public void The_shown_order_is_the_tables_with_my_region_first_and_pinned()
    {
        var matrix = new ComparisonMatrix(2022, new MatrixCareType("huisartsenzorg", "Huisartsenzorg", Law.Zvw),
            [Column("menzis", highlighted: true), Column("cz"), Column("vgz")], []);
        var page = new MatrixPage(Current with { PurchaserSlugs = [] }, matrix, "", [], new MatrixFilterOptions([2022], [], [], []), ["cz", "menzis", "vgz"]);

        MatrixNavigation.ShownOrder(page).Should().Equal("menzis", "cz", "vgz");
        MatrixNavigation.PinnedPurchaser(page).Should().Be("menzis");
    }

    [Fact]
    public void Moving_a_column_moves_it_among_the_others_and_leaves_my_region_where_the_address_has_it()
    {
        string[] order = ["cz", "menzis", "vgz", "dsw"];

        MatrixNavigation.MovePurchaser(Current, order, "cz", 1, pinned: "menzis").PurchaserSlugs.Should().Equal("vgz", "menzis", "cz", "dsw");
        MatrixNavigation.MovePurchaser(Current, order, "dsw", 1, pinned: "menzis").PurchaserSlugs.Should().Equal(order);
        MatrixNavigation.MovePurchaser(Current, order, "menzis", -1, pinned: "menzis").PurchaserSlugs.Should().Equal(order, "my region is not moved");
    }

    [Fact]
    public void The_state_a_detail_link_carries_is_everything_but_year_care_type_and_my_region()
    {
        MatrixNavigation.StateParameters(Current).Should().Be("&inkopers=cz,vgz,dsw&onderwerpen=regioplan");
        MatrixNavigation.StateParameters(new MatrixRequest(2022, "elv", null, [], [])).Should().BeEmpty();
        MatrixNavigation.CellUrl(Current, "vgz", "regioplan")
            .Should().Be("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg&inkopers=cz,vgz,dsw&onderwerpen=regioplan#cel-vgz-regioplan");
    }

    [Fact]
    public void A_year_the_care_type_has_documents_for_keeps_it_another_opens_that_years_comparing_care_type()
    {
        var catalog = MatrixCatalogTests.Catalog;
        var elv2024 = new MatrixRequest(2024, "elv", null, ["asr"], ["duurzaamheid"]);

        MatrixNavigation.WithYear(elv2024, 2023, catalog).Should().BeEquivalentTo(elv2024 with { Year = 2023 });
        MatrixNavigation.WithYear(elv2024, 2022, catalog).Should().BeEquivalentTo(
            new MatrixRequest(2022, "huisartsenzorg", null, ["asr"], []), "topics belong to a care type; purchasers stay within the law");
        MatrixNavigation.WithYear(new MatrixRequest(2022, "huisartsenzorg", null, ["cz"], []), 2025, catalog)
            .Should().BeEquivalentTo(new MatrixRequest(2025, "wlz-vv", null, [], []));
    }

    [Fact]
    public void The_summary_names_year_care_type_and_up_to_three_purchasers_in_the_tables_order()
    {
        var huisartsenzorg = new MatrixCareType("huisartsenzorg", "Huisartsenzorg", Law.Zvw);
        var three = new ComparisonMatrix(2022, huisartsenzorg, [Column("menzis", highlighted: true), Column("cz"), Column("vgz")], []);
        var four = three with { Columns = [.. three.Columns, Column("dsw")] };
        var options = new MatrixFilterOptions([2022], [new CatalogCareType(1, "huisartsenzorg", "Huisartsenzorg", Law.Zvw)],
            [new PurchaserOption("cz", "CZ", PurchaserKind.HealthInsurer, true)], []);
        var page = new MatrixPage(Current, three, "", [], options, ["cz", "menzis", "vgz"]);

        MatrixNavigation.Summary(page).Should().Be("2022 · Huisartsenzorg · MENZIS, CZ, VGZ");
        MatrixNavigation.Summary(page with { Matrix = four }).Should().Be("2022 · Huisartsenzorg · 4 inkopers");
        MatrixNavigation.Summary(page with { Matrix = null, PurchaserOrder = ["cz"] }).Should().Be("2022 · Huisartsenzorg · CZ");
        MatrixNavigation.Summary(new MatrixPage(MatrixRequest.Empty, null, "", [], options, [])).Should().Be("Kies een zorgsoort · geen inkopers");
    }

    private static MatrixColumn Column(string slug, bool highlighted = false) =>
        new(slug, slug.ToUpperInvariant(), PurchaserKind.HealthInsurer, highlighted, null);
}
