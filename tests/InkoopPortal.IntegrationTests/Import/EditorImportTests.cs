using System.Text;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.Review;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>
/// The editors' import on both providers: a preview that writes nothing, confirmation of new names, drafts stored in
/// one all-or-nothing transaction and invisible to readers, then published together (or discarded) on review.
/// </summary>
public class EditorImportTests
{
    private const string List = "<ul style=\"list-style-type: none\"> – ";

    /// <summary>A 2022 table: Zilveren Kruis by its alias, CZ in other letters, one made-up insurer and one made-up topic.</summary>
    private static readonly string Table = string.Join('\n',
        "Vergelijking huisartsenzorg 2022, aanvulling",
        "",
        "Onderwerp\tZK\tcz\tVerzekeraar Fantasia",
        $"Regioplan/ regiobeeld <i>Vereiste?</i>\t{List}ZK vraagt een regioplan\t{List}CZ vraagt een regioplan per 1 oktober\t{List}Fantasia: regioplan welkom",
        $"Automatisering\t{List}ZK automatiseert\t<p>Geen bijzonderheden</p>\t{List}Fantasia automatiseert",
        $"Droomonderwerp\t{List}ZK droomt\t{List}CZ droomt\t{List}Fantasia droomt",
        "");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_preview_names_new_and_known_names_and_shows_the_matrix_without_writing(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var before = await portal.CountsAsync();

        var result = await portal.Get<EditorImport>().PreviewAsync(Input(Table));

        result.Problems.Should().BeEmpty();
        var preview = result.Preview!;
        preview.Format.Should().Be(SourceFormat.ComparisonTable);
        preview.FormatWasChosen.Should().BeFalse();
        preview.FormatReasons.Should().NotBeEmpty();
        preview.EncodingName.Should().Be("UTF-8");
        preview.Title.Should().Be("Vergelijking huisartsenzorg 2022, aanvulling");
        preview.CareTypeNames.Should().Equal("Huisartsenzorg");
        preview.Purchasers.Select(n => (n.Name, n.ExistingSlug, n.Line, n.Column)).Should().Equal(
            ("ZK", "zilveren-kruis", 3, 2),
            ("cz", "cz", 3, 3),
            ("Verzekeraar Fantasia", null, 3, 4));
        preview.Purchasers[2].Resolution.Should().Be("nieuw");
        preview.Topics.Select(n => (n.Name, n.ExistingSlug, n.Line)).Should().Equal(
            ("Regioplan/ regiobeeld", "regioplan", 4),
            ("Automatisering", "automatisering", 5),
            ("Droomonderwerp", null, 6));
        preview.NewNames.Select(n => n.Name).Should().Equal("Verzekeraar Fantasia", "Droomonderwerp");

        preview.Matrix.Columns.Select(c => c.PurchaserName).Should().Equal("ZK", "cz", "Verzekeraar Fantasia");
        var rows = preview.Matrix.Groups.Should().ContainSingle().Subject.Rows;
        rows.Select(r => r.TopicName).Should().Equal("Regioplan/ regiobeeld", "Automatisering", "Droomonderwerp");
        rows[0].GuidingQuestions.Should().Equal("Vereiste?");
        rows[0].Cells[1].Should().BeEquivalentTo(new { PurchaserName = "cz", State = CellState.Content, Line = 4, Column = 3, ReplacesExisting = true });
        rows[0].Cells[1].Html.Should().Contain("<li>CZ vraagt een regioplan per 1 oktober</li>");
        rows[1].Cells[1].State.Should().Be(CellState.NothingSpecial);
        rows[1].Cells[1].StateText.Should().Be("Geen bijzonderheden");
        rows[2].Cells.Should().OnlyContain(cell => !cell.ReplacesExisting, "nobody has a statement on a new topic");
        rows[0].Cells[2].ReplacesExisting.Should().BeFalse("a new purchaser has no document yet");
        preview.Notes.Should().Contain(note => note.Contains("1 nieuwe inkoper(s) en 1 nieuw(e) onderwerp(en)"))
            .And.Contain(note => note.Contains("4 bestaande uitspraak/uitspraken voor 2022 worden bij publicatie vervangen"));
        (await portal.CountsAsync()).Should().Be(before, "a preview writes nothing");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Drafts_need_every_new_name_confirmed_stay_invisible_until_published_and_rewrite_the_published_cells_in_place(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var import = portal.Get<EditorImport>();
        var before = await portal.CountsAsync();
        var preview = (await import.PreviewAsync(Input(Table))).Preview!;
        var czRegioplanId = await StatementIdAsync(portal, "cz", "regioplan");

        var unconfirmed = await import.SaveAsDraftsAsync(Input(Table), ImportConfirmations.None);
        var halfConfirmed = await import.SaveAsDraftsAsync(Input(Table), new ImportConfirmations(["verzekeraar fantasia"], []));

        unconfirmed.Succeeded.Should().BeFalse();
        unconfirmed.UnconfirmedNames.Select(n => n.Name).Should().Equal("Verzekeraar Fantasia", "Droomonderwerp");
        unconfirmed.Problems.Select(p => (p.Line, p.Column)).Should().Equal((3, 4), (6, 1));
        unconfirmed.Message.Should().Be("Niet alle nieuwe namen zijn bevestigd (Verzekeraar Fantasia, Droomonderwerp); er is niets opgeslagen.");
        halfConfirmed.UnconfirmedNames.Select(n => n.Name).Should().Equal("Droomonderwerp");
        (await portal.CountsAsync()).Should().Be(before);

        var saved = await import.SaveAsDraftsAsync(Input(Table), ImportConfirmations.For(preview.NewNames));

        saved.Succeeded.Should().BeTrue(saved.Message);
        saved.Summary!.Published.Should().BeFalse();
        saved.Summary.Statements.Should().Be(9);
        saved.Message.Should().Contain("'memo-aanvulling.txt' is ingelezen als concept");
        var matrixBefore = await MatrixAsync(portal);
        Cell(matrixBefore, "cz", "regioplan").Html.Should().NotContain("per 1 oktober", "drafts are invisible to readers");
        matrixBefore.Columns.Select(c => c.PurchaserSlug).Should().NotContain("verzekeraar-fantasia");

        var review = (await portal.Get<ImportReviewService>().GetAsync(saved.Summary.SourceId))!;
        review.FileName.Should().Be("memo-aanvulling.txt");
        review.Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Table))));
        review.HasOriginal.Should().BeTrue();
        review.Drafts.Select(d => (d.PurchaserName, d.RevisesId is not null)).Should().BeEquivalentTo(
            [("Zilveren Kruis", true), ("CZ", true), ("Verzekeraar Fantasia", false)]);
        review.Matrix.CellCount.Should().Be(9);

        var published = await portal.Get<ImportReviewService>().PublishAsync(saved.Summary.SourceId);

        published.Succeeded.Should().BeTrue(published.Message);
        var matrix = await MatrixAsync(portal);
        matrix.Columns.Select(c => c.PurchaserSlug).Should().Contain("verzekeraar-fantasia");
        Cell(matrix, "verzekeraar-fantasia", "droomonderwerp").Html.Should().Contain("Fantasia droomt");
        Cell(matrix, "cz", "regioplan").Html.Should().Contain("CZ vraagt een regioplan per 1 oktober");
        Cell(matrix, "cz", "regioplan").StatementId.Should().Be(czRegioplanId, "the published cell is rewritten in place, keeping its history");
        Cell(matrix, "cz", "automatisering").State.Should().Be(CellState.NothingSpecial);
        await using (var context = portal.Database.CreateContext())
        {
            var fantasia = await context.Purchasers.SingleAsync(p => p.Slug == "verzekeraar-fantasia");
            (fantasia.Name, fantasia.Kind).Should().Be(("Verzekeraar Fantasia", PurchaserKind.HealthInsurer));
            var topic = await context.Topics.Include(t => t.CareTypes).SingleAsync(t => t.Slug == "droomonderwerp");
            topic.CareTypes.Select(c => c.Slug).Should().Equal("huisartsenzorg");
            (await context.PolicyDocuments.CountAsync(d => d.Status == DocumentStatus.Draft)).Should().Be(0, "revisions are applied and deleted");
            var source = await context.SourceDocuments.Include(s => s.OriginalFile).SingleAsync(s => s.FileName == "memo-aanvulling.txt");
            source.Content.Should().Be(Table);
            source.OriginalFile!.Bytes.Should().Equal(Encoding.UTF8.GetBytes(Table));
        }

        var again = await import.SaveAsDraftsAsync(Input(Table), ImportConfirmations.For(preview.NewNames));
        again.Message.Should().Contain("al geïmporteerd").And.Contain("er is niets gewijzigd");
        (await portal.Get<ImportReviewService>().PublishAsync(saved.Summary.SourceId)).Succeeded.Should().BeFalse("nothing is left to publish");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Discarded_drafts_go_to_the_recycle_bin_and_the_same_file_can_be_imported_again(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var import = portal.Get<EditorImport>();
        var table = string.Join('\n', "Onderwerp\tCZ\tVGZ", $"Regioplan\t{List}CZ 2031\t{List}VGZ 2031");
        var input = Input(table) with { Year = 2031 };

        var first = await import.SaveAsDraftsAsync(input, ImportConfirmations.None);
        var discarded = await portal.Get<ImportReviewService>().DiscardAsync(first.Summary!.SourceId);
        var second = await import.SaveAsDraftsAsync(input, ImportConfirmations.None);

        discarded.Succeeded.Should().BeTrue();
        discarded.Message.Should().Contain("2 concept(en) verwijderd");
        second.Succeeded.Should().BeTrue(second.Message);
        second.Summary!.WasImportedBefore.Should().BeFalse("the discarded import left nothing that cites it");
        second.Summary.Documents.Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_policy_text_is_previewed_as_its_own_column_and_saved_as_one_draft(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var text = string.Join('\n',
            "# Inkoopbeleid huisartsenzorg 2030 VGZ",
            "",
            "## Regioplan",
            "",
            "VGZ vraagt vóór 1 juli 2029 een regioplan van elke huisartsenorganisatie.",
            "",
            "## Automatisering",
            "",
            "Wij vergoeden een koppeling met het regionale zorgdomein.");
        var before = await portal.CountsAsync();

        var preview = (await portal.Get<EditorImport>().PreviewAsync(
            EditorImportInput.Pasted(text, 2030, ["huisartsenzorg"], SourceFormat.PolicyText, "vgz"))).Preview!;

        preview.Format.Should().Be(SourceFormat.PolicyText);
        preview.FormatWasChosen.Should().BeTrue();
        preview.Document!.PurchaserName.Should().Be("VGZ");
        preview.Matrix.Columns.Should().ContainSingle().Which.PurchaserName.Should().Be("VGZ");
        preview.Matrix.Groups.SelectMany(g => g.Rows).Select(r => r.Topic.ExistingSlug).Should()
            .Contain(["regioplan", "automatisering"], "the headings name the memo's topics");
        preview.NewNames.Should().BeEmpty("a policy text asks no confirmation");
        (await portal.CountsAsync()).Should().Be(before, "a preview writes nothing, not even the topics it would create");

        var saved = await portal.Get<EditorImport>().SaveAsDraftsAsync(
            EditorImportInput.Pasted(text, 2030, ["huisartsenzorg"], SourceFormat.PolicyText, "vgz"), ImportConfirmations.None);

        saved.Succeeded.Should().BeTrue(saved.Message);
        saved.Summary!.Documents.Should().Be(1);
        await using var context = portal.Database.CreateContext();
        var draft = await context.PolicyDocuments.SingleAsync(d => d.ImportSourceId == saved.Summary.SourceId);
        draft.Status.Should().Be(DocumentStatus.Draft);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_table_broken_in_its_middle_gives_line_and_column_and_the_database_is_unchanged(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var import = portal.Get<EditorImport>();
        var lines = new List<string> { "Vergelijking 2023", "", "Onderwerp\tCZ\tVGZ" };
        for (var line = 4; line <= 40; line++)
        {
            lines.Add(line == 20
                ? $"Punt {line}\t{List}CZ {line}\t{List}VGZ {line}\t{List}Een kolom te veel"
                : $"Punt {line}\t{List}CZ {line}\t{List}VGZ {line}");
        }

        var text = string.Join('\n', lines);
        var before = await portal.CountsAsync();

        var preview = await import.PreviewAsync(Input(text) with { Year = 2023, Format = SourceFormat.ComparisonTable });
        var commit = await import.SaveAsDraftsAsync(Input(text) with { Year = 2023, Format = SourceFormat.ComparisonTable }, ImportConfirmations.AllUnknown);

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

        var result = await portal.Get<EditorImport>().PreviewAsync(EditorImportInput.Pasted("  \n", 1999, ["tandzorg"]));
        var commit = await portal.Get<EditorImport>().SaveAsDraftsAsync(EditorImportInput.Pasted("", 2023, ["huisartsenzorg"]), ImportConfirmations.AllUnknown);

        result.Succeeded.Should().BeFalse();
        result.Problems.Select(p => p.Message).Should().SatisfyRespectively(
            message => message.Should().Be("Er is niets om in te lezen: plak de tekst of kies het bestand om te uploaden."),
            message => message.Should().Be("1999 is geen geldig jaar: geef een jaartal van 2000 tot en met 2100 op, bijvoorbeeld 2024."),
            message => message.Should().StartWith("Onbekende zorgsoort 'tandzorg'. Bekende zorgsoorten: huisartsenzorg"));
        commit.Problems.Should().ContainSingle().Which.Message.Should().StartWith("Er is niets om in te lezen");
        (await portal.CountsAsync()).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reader_can_neither_preview_save_nor_publish(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider, FixedAuthorization.Denied);

        await portal.Invoking(p => p.Get<EditorImport>().PreviewAsync(Input(Table))).Should().ThrowAsync<PortalAccessDeniedException>();
        await portal.Invoking(p => p.Get<EditorImport>().SaveAsDraftsAsync(Input(Table), ImportConfirmations.AllUnknown))
            .Should().ThrowAsync<PortalAccessDeniedException>();
        await portal.Invoking(p => p.Get<ImportReviewService>().PublishAsync(1)).Should().ThrowAsync<PortalAccessDeniedException>();
        await portal.Invoking(p => p.Get<ImportReviewService>().DiscardAsync(1)).Should().ThrowAsync<PortalAccessDeniedException>();
    }

    private static EditorImportInput Input(string text) =>
        new(Encoding.UTF8.GetBytes(text), "memo-aanvulling.txt", 2022, ["huisartsenzorg"], Publisher: "InEen");

    private static async Task<ComparisonMatrix> MatrixAsync(MemoPortal portal) =>
        (await portal.Get<MatrixService>().GetAsync(new MatrixRequest(2022, "huisartsenzorg", null, [], []), [])).Matrix!;

    private static async Task<int> StatementIdAsync(MemoPortal portal, string purchaser, string topic) =>
        Cell(await MatrixAsync(portal), purchaser, topic).StatementId!.Value;

    private static MatrixCell Cell(ComparisonMatrix matrix, string purchaser, string topic) =>
        matrix.Groups.SelectMany(group => group.Rows).Single(row => row.TopicSlug == topic)
            .Cells.Single(cell => cell.PurchaserSlug == purchaser);
}
