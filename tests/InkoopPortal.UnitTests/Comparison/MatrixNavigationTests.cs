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
    public void Without_a_purchaser_list_the_order_is_every_purchaser_with_a_document()
    {
        var page = new MatrixPage(Current with { PurchaserSlugs = [] }, null, "", [],
            new MatrixFilterOptions([2022], [],
                [new PurchaserOption("cz", "CZ", PurchaserKind.HealthInsurer, true), new PurchaserOption("onvz", "ONVZ", PurchaserKind.HealthInsurer, false),
                 new PurchaserOption("vgz", "VGZ", PurchaserKind.HealthInsurer, true)],
                []));

        MatrixNavigation.PurchaserOrder(page).Should().Equal("cz", "vgz");
        MatrixNavigation.YearOptions(page with { Request = page.Request with { Year = 2030 } }).Should().Equal(2030, 2022);
    }
}
