using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>The editors' table import on both providers: preview, confirmation of new names, one all-or-nothing commit.</summary>
public class ComparisonTableImportPreviewTests
{
    private const string List = "<ul style=\"list-style-type: none\"> – ";
    private static readonly AuditActor Editor = new("redacteur-1", "Rianne Redacteur");

    /// <summary>A 2022 table: Zilveren Kruis by its alias, CZ in other letters, a topic misspelt, one made-up insurer and one made-up topic.</summary>
    private static readonly string Table = string.Join('\n',
        "Vergelijking huisartsenzorg 2022, aanvulling",
        "",
        "Onderwerp\tZK\tcz\tVerzekeraar Fantasia",
        $"Regioplan/ regiobeeld <i>Vereiste?</i>\t{List}ZK vraagt een regioplan\t{List}CZ vraagt een regioplan per 1 oktober\t{List}Fantasia: regioplan welkom",
        $"Samenwerkingsafspraak\t{List}ZK samenwerking\t<p>Geen bijzonderheden</p>\t{List}Fantasia samenwerking",
        $"Droomonderwerp\t{List}ZK droomt\t{List}CZ droomt\t{List}Fantasia droomt",
        "");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_preview_names_new_and_known_names_and_shows_the_matrix_without_writing(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var before = await portal.CountsAsync();

        var result = await portal.Get<ComparisonTableImportPreview>().PreviewAsync(Input(Table));

        result.Problems.Should().BeEmpty();
        var preview = result.Preview!;
        preview.Title.Should().Be("Vergelijking huisartsenzorg 2022, aanvulling");
        preview.CareTypeNames.Should().Equal("Huisartsenzorg");
        preview.Purchasers.Select(n => (n.Name, n.ExistingSlug, n.MatchedAlias, n.Line, n.Column)).Should().Equal(
            ("ZK", "zilveren-kruis", "ZK", 3, 2),
            ("cz", "cz", null, 3, 3),
            ("Verzekeraar Fantasia", null, null, 3, 4));
        preview.Purchasers[0].Resolution.Should().Be("Zilveren Kruis (via alias 'ZK')");
        preview.Purchasers[1].Resolution.Should().Be("CZ (geschreven als 'cz')");
        preview.Purchasers[2].Resolution.Should().Be("nieuw");
        preview.Topics.Select(n => (n.Name, n.ExistingSlug, n.MatchKind, n.Line)).Should().Equal(
            ("Regioplan/ regiobeeld", "regioplan", NameMatchKind.Exact, 4),
            ("Samenwerkingsafspraak", "samenwerkingsafspraken", NameMatchKind.Similar, 5),
            ("Droomonderwerp", null, NameMatchKind.New, 6));
        preview.Topics[1].Resolution.Should().Be("Samenwerkingsafspraken (gelijkend: score 93 van 100)");
        preview.NewNames.Select(n => n.Name).Should().Equal("Verzekeraar Fantasia", "Droomonderwerp");

        preview.Columns.Select(c => c.PurchaserName).Should().Equal("ZK", "cz", "Verzekeraar Fantasia");
        var rows = preview.Groups.Should().ContainSingle().Subject.Rows;
        rows.Select(r => r.TopicName).Should().Equal("Regioplan/ regiobeeld", "Samenwerkingsafspraak", "Droomonderwerp");
        rows[0].GuidingQuestions.Should().Equal("Vereiste?");
        rows[0].Cells[1].Should().BeEquivalentTo(new { PurchaserName = "cz", State = CellState.Content, Line = 4, Column = 3, ReplacesExisting = true });
        rows[0].Cells[1].Html.Should().Contain("<li>CZ vraagt een regioplan per 1 oktober</li>");
        rows[1].Cells[1].State.Should().Be(CellState.NothingSpecial);
        rows[1].Cells[1].StateText.Should().Be("Geen bijzonderheden");
        rows[2].Cells.Should().OnlyContain(cell => !cell.ReplacesExisting, "nobody has a statement on a new topic");
        rows[0].Cells[2].ReplacesExisting.Should().BeFalse("a new purchaser has no document yet");
        preview.Notes.Should().Contain(note => note.Contains("1 nieuwe inkoper(s) en 1 nieuw(e) onderwerp(en)"))
            .And.Contain("4 bestaande uitspraak/uitspraken voor 2022 worden vervangen door die uit deze tabel.",
                "ZK and CZ each have a statement on regioplan and samenwerkingsafspraken (the count was of all their statements, 22)");
        (await portal.CountsAsync()).Should().Be(before, "a preview writes nothing");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_commit_without_every_new_name_confirmed_writes_nothing_and_with_them_writes_all(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var import = portal.Get<ComparisonTableImportPreview>();
        var before = await portal.CountsAsync();
        var preview = (await import.PreviewAsync(Input(Table))).Preview!;

        var unconfirmed = await import.CommitAsync(Input(Table), ImportConfirmations.None, Editor);
        var halfConfirmed = await import.CommitAsync(Input(Table), new ImportConfirmations(["verzekeraar fantasia"], []), Editor);

        unconfirmed.Succeeded.Should().BeFalse();
        unconfirmed.UnconfirmedNames.Select(n => n.Name).Should().Equal("Verzekeraar Fantasia", "Droomonderwerp");
        unconfirmed.Problems.Select(p => p.ToString()).Should().Equal(
            "Regel 3, kolom 4: Onbekende inkoper 'Verzekeraar Fantasia'. Bevestig dat het een nieuwe inkoper is, of voeg de naam toe als alias van een bestaande inkoper.",
            "Regel 6, kolom 1: Onbekend onderwerp 'Droomonderwerp'. Bevestig dat het een nieuw onderwerp is, of voeg de naam toe als alias van een bestaand onderwerp.");
        unconfirmed.Message.Should().Be("Niet alle nieuwe namen zijn bevestigd (Verzekeraar Fantasia, Droomonderwerp); er is niets opgeslagen.");
        halfConfirmed.UnconfirmedNames.Select(n => n.Name).Should().Equal("Droomonderwerp");
        (await portal.CountsAsync()).Should().Be(before);

        var committed = await import.CommitAsync(Input(Table), ImportConfirmations.For(preview.NewNames), Editor);

        committed.Succeeded.Should().BeTrue(committed.Message);
        committed.Summary!.Statements.Should().Be(9);
        committed.Summary.Notes.Should().Contain(["Nieuwe inkoper aangemaakt: Verzekeraar Fantasia.", "Nieuw onderwerp aangemaakt: Droomonderwerp."]);
        await using (var context = portal.Database.CreateContext())
        {
            var fantasia = await context.Purchasers.SingleAsync(p => p.Slug == "verzekeraar-fantasia");
            (fantasia.Name, fantasia.Kind).Should().Be(("Verzekeraar Fantasia", PurchaserKind.HealthInsurer));
            var topic = await context.Topics.Include(t => t.CareTypes).SingleAsync(t => t.Slug == "droomonderwerp");
            topic.CareTypes.Select(c => c.Slug).Should().Equal("huisartsenzorg");
            (await context.Topics.Include(t => t.CareTypes).SingleAsync(t => t.Slug == "inkoopdoelen")).CareTypes
                .Select(c => c.Slug).Should().NotContain("huisartsenzorg", "a Wlz topic is never used for a Zvw care type");
            var source = await context.SourceDocuments.SingleAsync(s => s.FileName == "memo-aanvulling.txt");
            source.Content.Should().Be(Table);
        }

        var matrix = (await portal.Get<MatrixService>().GetAsync(new MatrixRequest(2022, "huisartsenzorg", null, [], []), [])).Matrix!;
        matrix.Columns.Select(c => c.PurchaserSlug).Should().Contain("verzekeraar-fantasia");
        Cell(matrix, "verzekeraar-fantasia", "droomonderwerp").Html.Should().Contain("Fantasia droomt");
        Cell(matrix, "cz", "regioplan").Html.Should().Contain("CZ vraagt een regioplan per 1 oktober");
        Cell(matrix, "zilveren-kruis", "samenwerkingsafspraken").Html.Should().Contain("ZK samenwerking", "the misspelt row was stored on the existing topic");

        var committedCounts = await portal.CountsAsync();
        var again = await import.CommitAsync(Input(Table), ImportConfirmations.For(preview.NewNames), Editor);
        again.Message.Should().Contain("al geïmporteerd").And.Contain("er is niets gewijzigd");
        (await portal.CountsAsync()).Should().Be(committedCounts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_table_broken_in_its_middle_gives_line_and_column_and_the_database_is_unchanged(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var import = portal.Get<ComparisonTableImportPreview>();
        var lines = new List<string> { "Vergelijking 2023", "", "Onderwerp\tCZ\tVGZ" };
        for (var line = 4; line <= 40; line++)
        {
            lines.Add(line == 20
                ? $"Punt {line}\t{List}CZ {line}\t{List}VGZ {line}\t{List}Een kolom te veel"
                : $"Punt {line}\t{List}CZ {line}\t{List}VGZ {line}");
        }

        var text = string.Join('\n', lines);
        var before = await portal.CountsAsync();

        var preview = await import.PreviewAsync(Input(text) with { Year = 2023 });
        var commit = await import.CommitAsync(Input(text) with { Year = 2023 }, ImportConfirmations.AllUnknown, Editor);

        preview.Preview.Should().BeNull();
        preview.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 20, Column = 4 });
        preview.Problems[0].Message.Should().Contain("Deze regel heeft 4 cellen, maar de kop heeft er 3");
        commit.Succeeded.Should().BeFalse();
        commit.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 20, Column = 4 });
        (await portal.CountsAsync()).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Empty_text_a_wrong_year_and_an_unknown_care_type_are_each_named_in_Dutch(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var before = await portal.CountsAsync();

        var result = await portal.Get<ComparisonTableImportPreview>().PreviewAsync(new ComparisonTableInput("  \n", 1999, ["tandzorg"]));
        var commit = await portal.Get<ComparisonTableImportPreview>().CommitAsync(new ComparisonTableInput("", 2023, ["huisartsenzorg"]), ImportConfirmations.AllUnknown, Editor);

        result.Succeeded.Should().BeFalse();
        result.Problems.Select(p => p.Message).Should().SatisfyRespectively(
            message => message.Should().Be("Er is geen tabel: plak de vergelijkingstabel of kies het bestand om te uploaden."),
            message => message.Should().Be("1999 is geen geldig jaar: geef een jaartal van 2000 tot en met 2100 op, bijvoorbeeld 2024."),
            message => message.Should().StartWith("Onbekende zorgsoort 'tandzorg'. Bekende zorgsoorten: huisartsenzorg"));
        commit.Problems.Should().ContainSingle().Which.Message.Should().StartWith("Er is geen tabel");
        (await portal.CountsAsync()).Should().Be(before);
    }

    private static ComparisonTableInput Input(string text) => new(text, 2022, ["huisartsenzorg"], "memo-aanvulling.txt", "InEen");

    private static MatrixCell Cell(ComparisonMatrix matrix, string purchaser, string topic) =>
        matrix.Groups.SelectMany(group => group.Rows).Single(row => row.TopicSlug == topic)
            .Cells.Single(cell => cell.PurchaserSlug == purchaser);
}
