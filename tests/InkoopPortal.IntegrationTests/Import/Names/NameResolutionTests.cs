using System.Text;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Names;
using InkoopPortal.Application.Import.Review;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.History;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Import.Names;

/// <summary>
/// Names resolved in the context of the import's care types, on both providers, over the reference data and the
/// 2022 memo as the first start loads them: tables written for these tests, in other spellings than the sources.
/// </summary>
public class NameResolutionTests
{
    private const string List = "<ul style=\"list-style-type: none\"> – ";
    private static readonly AuditActor Editor = new("redacteur-1", "Rianne Redacteur");

    private static readonly string WlzTable = Lines(
        "Vergelijking zorgkantoren 2025",
        "",
        "Onderwerp\tCZ zorgkantoor\tVGZ zorgkantoor\tZilveren Kruis (incl de Friesland)\tEno/Salland\tZorg en zekerheid",
        Row("Hoofddoelstellingen", "CZ wil passende zorg", "VGZ wil passende zorg", "Achmea wil passende zorg", "Salland wil passende zorg", "Z&Z wil passende zorg"),
        Row("Tarieven", "CZ 95,5%", "VGZ 95,6%", "Achmea 95,4%", "Salland 95,5%", "Z&Z 95,7%"),
        Row("Maatwerkafspraken", "CZ opslag 1%", "VGZ opslag 2%", "Achmea opslag 1,75%", "Salland opslag 1%", "Z&Z opslag 1,5%"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_Wlz_table_names_the_five_care_offices_in_its_own_words_and_creates_no_purchaser(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var import = portal.Get<EditorImport>();
        var purchasersBefore = await CountAsync(portal, context => context.Purchasers);

        var preview = (await import.PreviewAsync(Wlz(WlzTable))).Preview!;
        var committed = await import.SaveAsDraftsAsync(Wlz(WlzTable), ImportConfirmations.AllUnknown);

        preview.Purchasers.Select(name => (name.Name, name.ExistingSlug, name.MatchKind)).Should().Equal(
            ("CZ zorgkantoor", "zorgkantoor-cz", NameMatchKind.Normalized),
            ("VGZ zorgkantoor", "zorgkantoor-vgz", NameMatchKind.Normalized),
            ("Zilveren Kruis (incl de Friesland)", "zorgkantoor-achmea", NameMatchKind.Normalized),
            ("Eno/Salland", "zorgkantoor-salland", NameMatchKind.Alias),
            ("Zorg en zekerheid", "zorgkantoor-zorg-en-zekerheid", NameMatchKind.Normalized));
        preview.Purchasers[0].Resolution.Should().Be("Zorgkantoor CZ (herkend zonder 'zorgkantoor')");
        preview.Topics.Select(name => (name.ExistingSlug, name.MatchKind)).Should().Equal(
            ("inkoopdoelen", NameMatchKind.Alias), ("bekostiging", NameMatchKind.Alias), ("maatwerkafspraken", NameMatchKind.Exact));
        preview.NewNames.Should().BeEmpty();

        committed.Succeeded.Should().BeTrue(committed.Message);
        (await CountAsync(portal, context => context.Purchasers)).Should().Be(purchasersBefore, "every name is an existing care office");
        await using var context = portal.Database.CreateContext();
        var stored = await context.Statements
            .Where(statement => statement.PolicyDocument!.ValidFromYear == 2025)
            .Select(statement => new { Purchaser = statement.PolicyDocument!.Purchaser!.Slug, Topic = statement.Topic!.Slug, statement.BodyMarkdown })
            .ToListAsync();
        stored.Should().HaveCount(15);
        stored.Select(statement => statement.Purchaser).Distinct().Should().BeEquivalentTo(
            "zorgkantoor-cz", "zorgkantoor-vgz", "zorgkantoor-achmea", "zorgkantoor-salland", "zorgkantoor-zorg-en-zekerheid");
        stored.Single(statement => statement.Purchaser == "zorgkantoor-achmea" && statement.Topic == "bekostiging").BodyMarkdown.Should().Contain("Achmea 95,4%");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_unknown_refuses_a_name_close_to_an_existing_one_with_Bedoelt_u(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var text = Lines(
            "Vergelijking huisartsenzorg 2023",
            "",
            "Onderwerp\tCZ\tMentis",
            Row("Regioplan", "CZ regioplan", "Mentis regioplan"),
            Row("Automatisering en ICT", "CZ ICT", "Mentis ICT"));
        var file = await WriteAsync(text);
        var before = await portal.CountsAsync();

        var bulk = () => portal.Get<ISourceImporter>().ImportAsync(new ImportRequest(file, 2023, ["huisartsenzorg"], null, CreateUnknownNames: true));
        var import = portal.Get<EditorImport>();
        var preview = (await import.PreviewAsync(Zvw(text, 2023))).Preview!;
        var confirmed = await import.SaveAsDraftsAsync(Zvw(text, 2023), ImportConfirmations.For(preview.NewNames));

        var refusal = (await bulk.Should().ThrowAsync<ImportFailedException>()).Which;
        refusal.UnknownNames.Should().BeEmpty("confirming them as new would not help");
        refusal.Problems.Select(problem => problem.ToString()).Should().Equal(
            "Regel 3, kolom 3: Onbekende inkoper 'Mentis'. Bedoelt u 'Menzis'? (gelijkend: score 83 van 100) Gebruik dan 'Menzis' in het bestand, "
                + "of sla 'Mentis' op als alias van Menzis. Is het echt een andere inkoper, maak die dan eerst aan onder /beheer/inkopers.",
            "Regel 5, kolom 1: Onbekend onderwerp 'Automatisering en ICT'. Bedoelt u 'Automatisering / informatiseringsbeleid'? (gelijkend: score 85 van 100) "
                + "Gebruik dan 'Automatisering / informatiseringsbeleid' in het bestand, of sla 'Automatisering en ICT' op als alias van "
                + "Automatisering / informatiseringsbeleid. Is het echt een ander onderwerp, maak het dan eerst aan onder /beheer/onderwerpen.");
        preview.NewNames.Select(name => (name.Name, name.Suggestion!.Slug)).Should().Equal(("Mentis", "menzis"), ("Automatisering en ICT", "automatisering"));
        preview.Purchasers[1].Resolution.Should().Be("nieuw – Bedoelt u 'Menzis'? (gelijkend: score 83 van 100)");
        confirmed.Succeeded.Should().BeFalse("confirming a new name close to an existing one is refused too");
        confirmed.Problems.Should().OnlyContain(problem => problem.Message.Contains("Bedoelt u"));
        confirmed.Message.Should().Be("Het bestand is niet ingelezen; er is niets opgeslagen.");
        (await portal.CountsAsync()).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_Zvw_tables_topics_never_resolve_to_Wlz_topics(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var text = Lines(
            "Vergelijking huisartsenzorg 2024",
            "",
            "Onderwerp\tCZ\tVGZ",
            Row("Hoofddoelstellingen", "CZ doelen", "VGZ doelen"),
            Row("Maatwerkafspraken", "CZ maatwerk", "VGZ maatwerk"),
            Row("Bekostiging", "CZ tarief", "VGZ tarief"),
            Row("Regioplan", "CZ regioplan", "VGZ regioplan"));
        var import = portal.Get<EditorImport>();

        var preview = (await import.PreviewAsync(Zvw(text, 2024))).Preview!;
        var committed = await import.SaveAsDraftsAsync(Zvw(text, 2024), ImportConfirmations.For(preview.NewNames));

        preview.Topics.Select(name => (name.Name, name.ExistingSlug, name.MatchKind, name.Suggestion)).Should().Equal(
            ("Hoofddoelstellingen", null, NameMatchKind.New, null),
            ("Maatwerkafspraken", null, NameMatchKind.New, null),
            ("Bekostiging", null, NameMatchKind.New, null),
            ("Regioplan", "regioplan", NameMatchKind.Exact, null));
        committed.Succeeded.Should().BeTrue(committed.Message);
        await using var context = portal.Database.CreateContext();
        var topics = await context.Topics.Include(topic => topic.CareTypes).ToListAsync();
        foreach (var wlzTopic in new[] { "inkoopdoelen", "maatwerkafspraken", "bekostiging" })
        {
            topics.Single(topic => topic.Slug == wlzTopic).CareTypes.Select(careType => careType.Slug)
                .Should().BeEquivalentTo(["wlz-vv", "wlz-gz", "wlz-ggz"], "a Zvw table leaves the Wlz topics alone");
        }

        var created = topics.Where(topic => topic.CareTypes.Any(careType => careType.Slug == "huisartsenzorg")
            && new[] { "Hoofddoelstellingen", "Maatwerkafspraken", "Bekostiging" }.Contains(topic.Name)).ToList();
        created.Should().HaveCount(3).And.OnlyContain(topic => topic.CareTypes.Count == 1);
        (await context.Statements.CountAsync(statement => statement.PolicyDocument!.ValidFromYear == 2024
            && statement.Topic!.CareTypes.Any(careType => careType.Law == Domain.Law.Wlz))).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saving_an_accepted_name_as_an_alias_makes_the_next_preview_show_alias(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var text = Lines(
            "Vergelijking huisartsenzorg 2023",
            "",
            "Onderwerp\tMentis",
            Row("Automatisering en ICT", "Mentis ICT"));
        var import = portal.Get<EditorImport>();
        var aliases = portal.Get<ImportAliases>();
        var first = (await import.PreviewAsync(Zvw(text, 2023))).Preview!;

        var purchaser = await aliases.SaveAsync(ImportNameKind.Purchaser, first.Purchasers[0].Name, first.Purchasers[0].Suggestion!.Slug, FixedAuthorization.Allowed, Editor);
        var topic = await aliases.SaveAsync(ImportNameKind.Topic, first.Topics[0].Name, first.Topics[0].Suggestion!.Slug, FixedAuthorization.Allowed, Editor);
        var next = (await import.PreviewAsync(Zvw(text, 2023))).Preview!;
        var committed = await import.SaveAsDraftsAsync(Zvw(text, 2023), ImportConfirmations.None);

        (purchaser.Outcome, purchaser.Message).Should().Be((AliasSaveOutcome.Saved, "'Mentis' is opgeslagen als alias van Menzis."));
        topic.Outcome.Should().Be(AliasSaveOutcome.Saved);
        next.Purchasers.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            MatchKind = NameMatchKind.Alias, ExistingSlug = "menzis", MatchedAlias = "Mentis", Resolution = "Menzis (via alias 'Mentis')",
        });
        next.Topics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { MatchKind = NameMatchKind.Alias, ExistingSlug = "automatisering" });
        committed.Succeeded.Should().BeTrue(committed.Message);

        await using var context = portal.Database.CreateContext();
        (await context.Purchasers.SingleAsync(p => p.Slug == "menzis")).Aliases.Should().Contain("Mentis");
        (await context.AuditEntries.Where(entry => entry.EntityType == "Purchaser" && entry.Action == AuditAction.Updated).ToListAsync())
            .Should().ContainSingle().Which.Should().Match<AuditEntry>(entry => entry.UserName == "Rianne Redacteur" && entry.After!.Contains("Mentis"));
        (await context.Statements.CountAsync(statement => statement.PolicyDocument!.Purchaser!.Slug == "menzis"
            && statement.PolicyDocument.ValidFromYear == 2023 && statement.Topic!.Slug == "automatisering")).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_alias_that_another_purchaser_or_topic_already_has_is_refused_and_only_editors_may_save_one(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var aliases = portal.Get<ImportAliases>();
        var before = await portal.CountsAsync();

        var taken = await aliases.SaveAsync(ImportNameKind.Purchaser, "Zorg & Zekerheid", "menzis", FixedAuthorization.Allowed, Editor);
        var takenByOtherKind = await aliases.SaveAsync(ImportNameKind.Purchaser, "zorgkantoor cz", "cz", FixedAuthorization.Allowed, Editor);
        var known = await aliases.SaveAsync(ImportNameKind.Purchaser, "MENZIS", "menzis", FixedAuthorization.Allowed, Editor);
        var topicTaken = await aliases.SaveAsync(ImportNameKind.Topic, "Regioplan", "automatisering", FixedAuthorization.Allowed, Editor);
        var unknown = await aliases.SaveAsync(ImportNameKind.Purchaser, "Mentis", "bestaat-niet", FixedAuthorization.Allowed, Editor);
        var denied = () => aliases.SaveAsync(ImportNameKind.Purchaser, "Mentis", "menzis", FixedAuthorization.Denied, Editor);

        taken.Should().Be(new AliasSaveResult(AliasSaveOutcome.Refused,
            "'Zorg & Zekerheid' is al de naam of een alias van Zorg en Zekerheid; als alias van Menzis zou een import niet weten welke inkoper bedoeld is."));
        takenByOtherKind.Message.Should().StartWith("'zorgkantoor cz' is al de naam of een alias van Zorgkantoor CZ");
        known.Outcome.Should().Be(AliasSaveOutcome.AlreadyKnown);
        topicTaken.Message.Should().Contain("is al de naam of een alias van het onderwerp Regioplan/ regiobeeld");
        unknown.Message.Should().Be("De inkoper 'bestaat-niet' bestaat niet (meer); de alias is niet opgeslagen.");
        (await denied.Should().ThrowAsync<PortalAccessDeniedException>()).Which.Message.Should().Be("Geen toegang: alleen een redacteur of beheerder mag dit doen.");
        (await portal.CountsAsync()).Should().Be(before, "nothing was saved");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_topic_alias_may_repeat_the_name_of_a_topic_of_the_other_law(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);

        var saved = await portal.Get<ImportAliases>().SaveAsync(ImportNameKind.Topic, "Maatwerkafspraken", "overig", FixedAuthorization.Allowed, Editor);

        saved.Outcome.Should().Be(AliasSaveOutcome.Saved, "the Wlz topic Maatwerkafspraken is never matched for huisartsenzorg");
        await using var context = portal.Database.CreateContext();
        (await context.Topics.SingleAsync(topic => topic.Slug == "overig")).Aliases.Should().Equal("Maatwerkafspraken");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Names_of_the_other_law_two_columns_for_one_purchaser_and_mixed_laws_are_refused_with_their_place(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var import = portal.Get<EditorImport>();
        var text = Lines(
            "Vergelijking huisartsenzorg 2023",
            "",
            "Onderwerp\tZilveren Kruis\tZK\tZorgkantoor CZ",
            Row("Regioplan", "ZK regioplan", "ZK nog een regioplan", "CZ regioplan"));
        var before = await portal.CountsAsync();

        var commit = await import.SaveAsDraftsAsync(Zvw(text, 2023), ImportConfirmations.AllUnknown);
        var mixed = await import.PreviewAsync(EditorImportInput.Pasted(text, 2023, ["huisartsenzorg", "wlz-vv"], SourceFormat.ComparisonTable));

        // The reader resolves the header's names, so it finds the purchaser written twice before any cell is read.
        commit.Problems.Should().ContainSingle().Which.ToString().Should().Be(
            "Regel 3, kolom 3: Dezelfde inkoper staat twee keer in de kopregel: 'ZK' en 'Zilveren Kruis' (kolom 2). Zet hun cellen in één kolom.");
        var withoutTwin = await import.SaveAsDraftsAsync(Zvw(text.Replace("\tZK\t", "\tVGZ\t"), 2023), ImportConfirmations.AllUnknown);
        withoutTwin.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 3, Column = 4 });
        withoutTwin.Problems[0].Message.Should().StartWith("'Zorgkantoor CZ' is Zorgkantoor CZ, een zorgkantoor (Wlz); in een tabel voor de Zvw staan zorgverzekeraars.");
        mixed.Problems.Should().ContainSingle().Which.Message.Should().StartWith(
            "De zorgsoorten Huisartsenzorg (Zvw) en Wlz verpleging en verzorging (Wlz) vallen onder verschillende wetten");
        (await portal.CountsAsync()).Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_rows_that_are_one_topic_are_refused_at_the_later_row(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        var text = Lines(
            "Vergelijking zorgkantoren 2025",
            "",
            "Onderwerp\tZorgkantoor CZ",
            Row("Inkoopdoelen", "Doelen"),
            Row("Hoofddoelstellingen", "Nog meer doelen"));

        var commit = await portal.Get<EditorImport>().SaveAsDraftsAsync(Wlz(text), ImportConfirmations.AllUnknown);

        commit.Problems.Should().ContainSingle().Which.ToString().Should().Be(
            "Regel 5, kolom 1: 'Hoofddoelstellingen' is hetzelfde onderwerp als 'Inkoopdoelen' (regel 4): beide worden Inkoopdoelen. "
            + "Zet de cellen in één rij, of hernoem een van beide rijen.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_policy_texts_purchaser_and_topics_resolve_within_its_care_types(DatabaseProvider provider)
    {
        await using var portal = await MemoPortal.CreateAsync(provider);
        int topicsBefore;
        await using (var before = portal.Database.CreateContext())
        {
            topicsBefore = await before.Topics.CountAsync();
        }

        var file = await WriteAsync(Lines(
            "Inkoopbeleid huisartsenzorg 2025",
            "",
            "Regioplan",
            "",
            "Wij vragen elke regio om een regioplan.",
            "",
            "Maatwerkafspraken",
            "",
            "Wij maken maatwerkafspraken met huisartsen over extra uren."));

        var summary = await portal.Get<ISourceImporter>().ImportAsync(
            new ImportRequest(file, 2025, ["huisartsenzorg"], "Zorgverzekeraar Menzis", Format: SourceFormat.PolicyText));

        summary.Notes.Should().Contain("Inkoper 'Zorgverzekeraar Menzis' gelezen als Menzis (herkend zonder 'zorgverzekeraar').");
        await using var context = portal.Database.CreateContext();
        var statements = await context.Statements.Include(statement => statement.Topic!).ThenInclude(topic => topic.CareTypes)
            .Where(statement => statement.PolicyDocument!.Purchaser!.Slug == "menzis" && statement.PolicyDocument.ValidFromYear == 2025)
            .ToListAsync();
        statements.Select(statement => statement.Topic!.Slug).Should().Contain("regioplan", "the memo's huisartsenzorg topic");
        statements.Where(statement => !statement.Topic!.CareTypes.Any(careType => careType.Slug == "huisartsenzorg"))
            .Should().BeEmpty("the Wlz topic 'Maatwerkafspraken' is never a candidate for a huisartsenzorg text");
        (await context.Topics.CountAsync()).Should().Be(topicsBefore, "a heading never becomes a topic");
    }

    private static EditorImportInput Wlz(string text) =>
        new(Encoding.UTF8.GetBytes(text), "zorgkantoren.txt", 2025, ["wlz-vv"], SourceFormat.ComparisonTable, Publisher: "Redactie");

    private static EditorImportInput Zvw(string text, int year) =>
        new(Encoding.UTF8.GetBytes(text), "huisartsen.txt", year, ["huisartsenzorg"], SourceFormat.ComparisonTable, Publisher: "Redactie");

    private static string Row(string topic, params string[] cells) => string.Join('\t', cells.Select(cell => List + cell).Prepend(topic));

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    private static async Task<string> WriteAsync(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"inkoopportal-names-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private static async Task<int> CountAsync<T>(MemoPortal portal, Func<PortalDbContext, IQueryable<T>> set)
    {
        await using var context = portal.Database.CreateContext();
        return await set(context).CountAsync();
    }
}
