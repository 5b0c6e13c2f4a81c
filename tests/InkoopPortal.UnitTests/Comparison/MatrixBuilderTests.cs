using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.UnitTests.Comparison;

public class MatrixBuilderTests
{
    private static readonly InputGroup Bouwstenen = new(1, "bouwstenen", "N.a.v. bouwstenen", 1);
    private static readonly InputGroup Overige = new(2, "overige-onderwerpen", "Overige onderwerpen", 2);
    private static readonly InputTopic Algemeen = Topic(10, "algemeen", 1, Bouwstenen);
    private static readonly InputTopic Regioplan = Topic(11, "regioplan", 2, Bouwstenen);
    private static readonly InputTopic Rossen = Topic(12, "rossen", 1, Overige);
    private static readonly InputPurchaser Cz = new(1, "cz", "CZ", PurchaserKind.HealthInsurer);
    private static readonly InputPurchaser Vgz = new(2, "vgz", "VGZ", PurchaserKind.HealthInsurer);
    private static readonly InputPurchaser Asr = new(3, "asr", "a.s.r.", PurchaserKind.HealthInsurer);

    [Fact]
    public void Rows_follow_group_order_then_topic_order_whatever_order_they_come_in()
    {
        var matrix = MatrixBuilder.Build(Input(2022, [Cz], [Rossen, Regioplan, Algemeen], [], []));

        matrix.Groups.Select(group => group.Name).Should().Equal("N.a.v. bouwstenen", "Overige onderwerpen");
        matrix.Groups[0].Rows.Select(row => row.TopicSlug).Should().Equal("algemeen", "regioplan");
        matrix.Groups[1].Rows.Select(row => row.TopicSlug).Should().Equal("rossen");
    }

    [Fact]
    public void Topics_without_group_come_last_under_their_own_heading()
    {
        var loose = Topic(13, "duurzaamheid", 1, null);

        var matrix = MatrixBuilder.Build(Input(2022, [Cz], [loose, Algemeen], [], []));

        matrix.Groups.Select(group => group.Name).Should().Equal("N.a.v. bouwstenen", MatrixBuilder.UngroupedName);
    }

    [Fact]
    public void Columns_keep_the_requested_order_with_my_region_first_and_highlighted()
    {
        var matrix = MatrixBuilder.Build(Input(2022, [Cz, Vgz, Asr], [Algemeen], [], [], highlighted: "vgz"));

        matrix.Columns.Select(column => column.PurchaserSlug).Should().Equal("vgz", "cz", "asr");
        matrix.Columns.Single(column => column.IsHighlighted).PurchaserSlug.Should().Be("vgz");
        matrix.Groups[0].Rows[0].Cells.Select(cell => cell.PurchaserSlug).Should().Equal("vgz", "cz", "asr");
    }

    [Fact]
    public void The_five_cell_states_are_told_apart()
    {
        InputDocument[] documents = [Document(100, Cz, 2022), Document(101, Vgz, 2022), Document(102, Asr, 2022)];
        InputStatement[] statements =
        [
            Statement(1, 100, Algemeen, StatementStatus.Content, "<ul><li>Doorlopend</li></ul>"),
            Statement(2, 100, Regioplan, StatementStatus.NothingSpecial),
            Statement(3, 101, Algemeen, StatementStatus.NoPolicyPublished),
        ];
        var dsw = new InputPurchaser(4, "dsw", "DSW", PurchaserKind.HealthInsurer);

        var matrix = MatrixBuilder.Build(Input(2022, [Cz, Vgz, Asr, dsw], [Algemeen, Regioplan], documents, statements));

        var algemeen = matrix.Groups[0].Rows[0].Cells;
        algemeen.Select(cell => cell.State).Should().Equal(
            CellState.Content, CellState.NoPolicyPublished, CellState.NotAnalysed, CellState.NoDocument);
        algemeen[0].Html.Should().Be("<ul><li>Doorlopend</li></ul>");
        algemeen.Skip(1).Should().OnlyContain(cell => cell.Html == "");
        matrix.Groups[0].Rows[1].Cells[0].State.Should().Be(CellState.NothingSpecial);
        matrix.Columns.Select(column => column.Document?.Id).Should().Equal(100, 101, 102, null);
    }

    [Fact]
    public void A_multi_year_document_fills_each_of_its_years_and_is_not_marked_changed()
    {
        InputDocument[] documents = [Document(100, Asr, 2023, 2024)];
        InputStatement[] statements = [Statement(1, 100, Algemeen, StatementStatus.Content, "<p>Tweejarig</p>")];

        var in2023 = MatrixBuilder.Build(Input(2023, [Asr], [Algemeen], documents, statements));
        var in2024 = MatrixBuilder.Build(Input(2024, [Asr], [Algemeen], documents, statements));
        var in2025 = MatrixBuilder.Build(Input(2025, [Asr], [Algemeen], documents, statements));

        in2023.Groups[0].Rows[0].Cells[0].State.Should().Be(CellState.Content);
        in2024.Groups[0].Rows[0].Cells[0].Should().BeEquivalentTo(new { State = CellState.Content, Change = CellChange.None });
        in2025.Groups[0].Rows[0].Cells[0].State.Should().Be(CellState.NoDocument);
        in2024.Columns[0].Document!.ValidToYear.Should().Be(2024);
    }

    [Fact]
    public void Cells_are_marked_new_or_changed_against_the_previous_year_only_where_that_year_has_a_document()
    {
        InputDocument[] documents = [Document(100, Cz, 2022), Document(200, Cz, 2023), Document(201, Vgz, 2023)];
        InputStatement[] statements =
        [
            Statement(1, 100, Algemeen, StatementStatus.Content, "<p>Oud</p>"),
            Statement(2, 100, Regioplan, StatementStatus.Content, "<p>Zelfde</p>"),
            Statement(3, 200, Algemeen, StatementStatus.Content, "<p>Nieuw beleid</p>"),
            Statement(4, 200, Regioplan, StatementStatus.Content, "<p>Zelfde</p>"),
            Statement(5, 200, Rossen, StatementStatus.Content, "<p>Eerste keer</p>"),
            Statement(6, 201, Algemeen, StatementStatus.Content, "<p>VGZ had geen document in 2022</p>"),
        ];

        var matrix = MatrixBuilder.Build(Input(2023, [Cz, Vgz], [Algemeen, Regioplan, Rossen], documents, statements));

        var rows = matrix.Groups.SelectMany(group => group.Rows).ToDictionary(row => row.TopicSlug);
        rows["algemeen"].Cells.Select(cell => cell.Change).Should().Equal(CellChange.Changed, CellChange.None);
        rows["regioplan"].Cells[0].Change.Should().Be(CellChange.None);
        rows["rossen"].Cells[0].Change.Should().Be(CellChange.New);
    }

    [Fact]
    public void A_statement_for_the_care_type_wins_over_one_for_all_care_types_of_the_document()
    {
        InputDocument[] documents = [Document(100, Cz, 2024)];
        InputStatement[] statements =
        [
            Statement(1, 100, Algemeen, StatementStatus.Content, "<p>Alle sectoren</p>"),
            Statement(2, 100, Algemeen, StatementStatus.Content, "<p>Alleen VV</p>", careTypeId: 7),
            Statement(3, 100, Algemeen, StatementStatus.Content, "<p>Alleen GZ</p>", careTypeId: 8),
        ];

        var matrix = MatrixBuilder.Build(Input(2024, [Cz], [Algemeen], documents, statements));

        matrix.Groups[0].Rows[0].Cells[0].Html.Should().Be("<p>Alleen VV</p>");
    }

    [Fact]
    public void The_newest_document_of_a_year_answers_first_and_an_older_one_fills_its_gaps()
    {
        InputDocument[] documents = [Document(100, Cz, 2023, 2024), Document(300, Cz, 2024)];
        InputStatement[] statements =
        [
            Statement(1, 100, Algemeen, StatementStatus.Content, "<p>Uit 2023-2024</p>"),
            Statement(2, 100, Regioplan, StatementStatus.Content, "<p>Alleen in het oude</p>"),
            Statement(3, 300, Algemeen, StatementStatus.Content, "<p>Uit 2024</p>"),
        ];

        var matrix = MatrixBuilder.Build(Input(2024, [Cz], [Algemeen, Regioplan], documents, statements));

        matrix.Columns[0].Document!.Id.Should().Be(300);
        matrix.Groups[0].Rows.Select(row => row.Cells[0].Html).Should().Equal("<p>Uit 2024</p>", "<p>Alleen in het oude</p>");
    }

    private static MatrixInput Input(
        int year, InputPurchaser[] purchasers, InputTopic[] topics, InputDocument[] documents, InputStatement[] statements,
        string? highlighted = null) =>
        new(year, new MatrixCareType("huisartsenzorg", "Huisartsenzorg", Law.Zvw), 7, purchasers, highlighted, topics, documents, statements);

    private static InputTopic Topic(int id, string slug, int order, InputGroup? group) =>
        new(id, slug, slug, order, false, [], group);

    private static InputDocument Document(int id, InputPurchaser purchaser, int from, int? to = null) =>
        new(id, purchaser.Id, $"Beleid {purchaser.Name}", from, to ?? from, null);

    private static InputStatement Statement(
        int id, int documentId, InputTopic topic, StatementStatus status, string html = "", int? careTypeId = null) =>
        new(id, documentId, topic.Id, careTypeId, status, html, $"regel {id}");
}
