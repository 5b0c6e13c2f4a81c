using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain.Documents;
using static InkoopPortal.UnitTests.Comparison.ComparisonFixtures;

namespace InkoopPortal.UnitTests.Comparison;

public class CellDetailBuilderTests
{
    private static CellDetail Build(int year, IReadOnlyList<InputDocument> documents, IReadOnlyList<InputStatement> statements,
        IReadOnlyList<InputChange>? changes = null, IReadOnlyDictionary<int, CellSource>? sources = null) =>
        CellDetailBuilder.Build(new CellDetailInput(year, CareType, CareTypeId, Cz, Topic, documents, statements,
            sources ?? new Dictionary<int, CellSource>(), changes ?? []));

    [Fact]
    public void Two_documents_are_compared_side_by_side_and_the_cell_is_marked_changed()
    {
        var detail = Build(2023,
            [Document(1, Cz, 2022, 2022), Document(2, Cz, 2023, 2023)],
            [Statement(1, 1, "<p>oud</p>"), Statement(2, 2, "<p>nieuw</p>")],
            sources: new Dictionary<int, CellSource> { [2] = new("Memo 2023", "InEen", "regel 2") });

        detail.Comparison.Should().Be(CellComparison.Compared);
        detail.Change.Should().Be(CellChange.Changed);
        detail.Current.Html.Should().Be("<p>nieuw</p>");
        detail.Current.Document!.Id.Should().Be(2);
        detail.Current.Source.Should().Be(new CellSource("Memo 2023", "InEen", "regel 2"));
        detail.Previous!.Year.Should().Be(2022);
        detail.Previous.Html.Should().Be("<p>oud</p>");
        detail.Topic.GroupName.Should().Be("Regionale samenwerking");
        detail.Topic.GuidingQuestions.Should().Equal("Wat vraagt de verzekeraar?");
    }

    [Fact]
    public void One_multi_year_document_for_both_years_is_reported_as_the_same_document()
    {
        var detail = Build(2024, [Document(1, Cz, 2023, 2024)], [Statement(1, 1, "<p>tekst</p>")]);

        detail.Comparison.Should().Be(CellComparison.SameDocument);
        detail.Change.Should().Be(CellChange.None);
        detail.Current.Document!.ValidityText.Should().Be("Geldig 2023–2024");
    }

    [Fact]
    public void Without_a_document_the_year_before_there_is_nothing_to_compare()
    {
        var detail = Build(2022, [Document(1, Cz, 2022, 2022)], [Statement(1, 1, "", StatementStatus.NoPolicyPublished)]);

        detail.Comparison.Should().Be(CellComparison.NoPreviousDocument);
        detail.Previous.Should().BeNull();
        detail.Current.State.Should().Be(CellState.NoPolicyPublished);
        detail.Current.StateText.Should().Be("Geen beleid gepubliceerd");
        detail.Current.Document!.ValidityText.Should().Be("Geldig 2022");
    }

    [Fact]
    public void A_document_without_a_statement_for_the_topic_is_not_analysed_and_no_document_is_its_own_state()
    {
        Build(2022, [Document(1, Cz, 2022, 2022)], []).Current.State.Should().Be(CellState.NotAnalysed);

        var none = Build(2022, [], []);
        none.Current.State.Should().Be(CellState.NoDocument);
        none.Current.Document.Should().BeNull();
        none.Current.StateText.Should().Be("Geen document voor dit jaar");
    }

    [Fact]
    public void Change_entries_are_those_of_the_current_document_for_the_topic_in_their_order()
    {
        var detail = Build(2023,
            [Document(1, Cz, 2022, 2022), Document(2, Cz, 2023, 2023)],
            [Statement(2, 2, "<p>nieuw</p>")],
            changes:
            [
                new InputChange(2, Topic.Id, "Tweede", "<p>b</p>", "hoofdstuk 3", 2),
                new InputChange(2, Topic.Id, null, "<p>a</p>", null, 1),
                new InputChange(2, 99, "Ander onderwerp", "<p>x</p>", null, 0),
                new InputChange(1, Topic.Id, "Vorig document", "<p>y</p>", null, 0),
            ]);

        detail.ChangeEntries.Should().Equal(new CellChangeEntry(null, "<p>a</p>", null), new CellChangeEntry("Tweede", "<p>b</p>", "hoofdstuk 3"));
        detail.Change.Should().Be(CellChange.New, "the document of the year before said nothing on the topic");
    }

    [Fact]
    public void The_way_back_lands_on_the_cell_in_the_matrix()
    {
        var detail = Build(2022, [Document(1, Cz, 2022, 2022)], []);

        detail.MatrixUrl.Should().Be("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg#cel-cz-regioplan");
        detail.TimelineUrl.Should().Be("/vergelijk/onderwerp?onderwerp=regioplan&zorgsoort=huisartsenzorg");
    }

    [Fact]
    public void A_statement_for_this_care_type_comes_with_the_documents_general_statement_on_the_topic()
    {
        var detail = Build(2024,
            [Document(1, Cz, 2024, 2026)],
            [Statement(1, 1, "<p>algemeen</p>"), Statement(2, 1, "<p>alleen hier</p>", careTypeId: CareTypeId), Statement(3, 1, "<p>andere zorgsoort</p>", careTypeId: 2)],
            sources: new Dictionary<int, CellSource> { [1] = new("Presentatie", "Zorgkantoor", "Visie (regel 40)") });

        detail.Current.Html.Should().Be("<p>alleen hier</p>", "the matrix shows the statement narrowed to this care type");
        detail.General.Should().Be(new CellGeneralStatement(CellState.Content, "<p>algemeen</p>", null, new CellSource("Presentatie", "Zorgkantoor", "Visie (regel 40)")));
        CellGeneralStatement.Heading.Should().Be("Algemeen, voor alle zorgsoorten van dit document");
    }

    [Fact]
    public void A_general_statement_that_is_shown_itself_is_not_repeated_and_a_state_keeps_its_wording()
    {
        Build(2024, [Document(1, Cz, 2024, 2024)], [Statement(1, 1, "<p>algemeen</p>")]).General.Should().BeNull();

        var general = Build(2024, [Document(1, Cz, 2024, 2024)],
            [Statement(1, 1, "", StatementStatus.NoPolicyPublished) with { SourceWording = "Geen beleid opgenomen" }, Statement(2, 1, "<p>hier</p>", careTypeId: CareTypeId)]).General!;
        (general.State, general.Html, general.SourceWording, general.StateText).Should().Be((CellState.NoPolicyPublished, "", "Geen beleid opgenomen", "Geen beleid gepubliceerd"));
    }

    [Fact]
    public void Another_documents_general_statement_is_not_this_documents()
    {
        var detail = Build(2024,
            [Document(1, Cz, 2023, 2024), Document(2, Cz, 2024, 2024)],
            [Statement(1, 1, "<p>ouder algemeen</p>"), Statement(2, 2, "<p>nieuw specifiek</p>", careTypeId: CareTypeId)]);

        detail.Current.Html.Should().Be("<p>nieuw specifiek</p>");
        detail.General.Should().BeNull();
    }

    [Theory]
    [InlineData("2022", "huisartsenzorg", "cz", "regioplan", true)]
    [InlineData("abc", "huisartsenzorg", "cz", "regioplan", false)]
    [InlineData("2022", "../../etc", "cz", "regioplan", false)]
    [InlineData("2022", "huisartsenzorg", null, "regioplan", false)]
    public void The_request_is_read_from_the_query_with_Dutch_problems(string? year, string? careType, string? purchaser, string? topic, bool valid)
    {
        var values = new Dictionary<string, string?> { ["jaar"] = year, ["zorgsoort"] = careType, ["inkoper"] = purchaser, ["onderwerp"] = topic };

        var (request, problems) = CellDetailRequest.Parse(key => values.GetValueOrDefault(key));

        if (valid)
        {
            request.Should().Be(new CellDetailRequest(2022, "huisartsenzorg", "cz", "regioplan"));
            problems.Should().BeEmpty();
        }
        else
        {
            request.Should().BeNull();
            problems.Should().NotBeEmpty().And.Contain(problem => problem.Contains("niet volledig aangegeven"));
        }
    }
}
