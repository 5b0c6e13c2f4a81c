using InkoopPortal.Application.Content;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Application.Search;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.IntegrationTests.History;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Search;

/// <summary>The index follows every write in the write's own transaction, and a rebuild gives what the writes gave.</summary>
public class SearchIndexTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edit_through_the_statement_editor_is_found_at_once(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var search = portal.Get<PortalSearch>();
        (await search.SearchAsync(new SearchRequest("regioplan"))).Total.Should().Be(1);
        var edit = (await portal.Get<StatementEditor>().LoadAsync(portal.StatementId))!.Model;

        edit.Markdown = "Zorgaanbieders maken **kikkerdrilafspraken** vóór 1 oktober.";
        var saved = await portal.Get<StatementEditor>().SaveAsync(edit, FixedAuthorization.Allowed, EditingPortal.Anna);

        saved.Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var found = await search.SearchAsync(new SearchRequest("kikkerdrilafspraak"));
        found.Hits.Should().ContainSingle().Which.SnippetHtml.Should().Be("Zorgaanbieders maken <mark>kikkerdrilafspraken</mark> vóór 1 oktober.");
        (await search.SearchAsync(new SearchRequest("regioplan"))).Total.Should().Be(0, "the old text is gone from the index");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Drafts_and_deleted_records_are_not_found_until_published_or_restored(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var search = portal.Get<PortalSearch>();
        int draftId;
        await using (var context = portal.CreateContext())
        {
            var document = await context.PolicyDocuments.Include(candidate => candidate.CareTypes).SingleAsync();
            var draft = new PolicyDocument
            {
                Title = "Concept 2027",
                PurchaserId = document.PurchaserId,
                CareTypes = document.CareTypes.ToList(),
                ValidFromYear = 2027,
                ValidToYear = 2027,
                Status = DocumentStatus.Draft,
                Statements = [new Statement { TopicId = portal.TopicId, BodyMarkdown = "Conceptkikkerdril", BodyHtml = "<p>Conceptkikkerdril</p>" }],
            };
            context.PolicyDocuments.Add(draft);
            context.Statements.Remove(await context.Statements.SingleAsync(statement => statement.Id == portal.StatementId));
            await ContentVersions.MarkChangedAsync(context, portal.Clock.GetUtcNow(), CancellationToken.None);
            await context.SaveChangesAsync();
            draftId = draft.Id;
        }

        (await search.SearchAsync(new SearchRequest("conceptkikkerdril"))).Total.Should().Be(0, "a draft is not published");
        (await search.SearchAsync(new SearchRequest("regioplan"))).Total.Should().Be(0, "a deleted statement is not content");

        await using (var context = portal.CreateContext())
        {
            (await context.PolicyDocuments.SingleAsync(document => document.Id == draftId)).Status = DocumentStatus.Published;
            await ContentVersions.MarkChangedAsync(context, portal.Clock.GetUtcNow(), CancellationToken.None);
            await context.SaveChangesAsync();
        }

        (await portal.Get<Application.History.DeletedRecords>().RestoreAsync(nameof(Statement), portal.StatementId, EditingPortal.Bert)).Succeeded.Should().BeTrue();

        var published = await search.SearchAsync(new SearchRequest("conceptkikkerdril"));
        published.Hits.Should().ContainSingle().Which.Document.Should().Be(new SearchHitDocument(draftId, "Concept 2027", 2027, 2027));
        (await search.SearchAsync(new SearchRequest("regioplan"))).Total.Should().Be(1, "the restored statement is back");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_document_s_years_and_care_types_reach_its_entries(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var search = portal.Get<PortalSearch>();
        (await search.SearchAsync(new SearchRequest("regioplan", Year: 2027))).Total.Should().Be(0);
        (await search.SearchAsync(new SearchRequest("regioplan", CareTypeSlug: "msz"))).Total.Should().Be(0);

        await using (var context = portal.CreateContext())
        {
            var document = await context.PolicyDocuments.Include(candidate => candidate.CareTypes).SingleAsync();
            document.ValidToYear = 2027;
            document.CareTypes.Add(await context.CareTypes.SingleAsync(careType => careType.Slug == "msz"));
            await ContentVersions.MarkChangedAsync(context, portal.Clock.GetUtcNow(), CancellationToken.None);
            await context.SaveChangesAsync();
        }

        var inLaterYear = await search.SearchAsync(new SearchRequest("regioplan", Year: 2027, CareTypeSlug: "msz"));
        inLaterYear.Hits.Should().ContainSingle().Which.Url.Should().Be($"/vergelijk?jaar=2027&zorgsoort=msz#cel-cz-regioplan-test");
        inLaterYear.Facets.Years.Select(year => year.Value).Should().Equal("2027", "2026");
        inLaterYear.Facets.CareTypes.Select(careType => careType.Value).Should().BeEquivalentTo("huisartsenzorg", "msz");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rolled_back_import_leaves_the_index_as_it_was(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var before = await SearchIndexRows.ReadAsync(portal.Database);
        var statementsBefore = await CountStatementsAsync(portal);
        await FailSearchTextsWithAsync(portal.Database, "rollbackproef");
        var file = Path.Combine(Path.GetTempPath(), $"inkoopportal-search-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, string.Join('\n',
            "Vergelijking 2026", "", "Onderwerp\tCZ\tVGZ",
            "Kikkerbeleid\t<ul style=\"list-style-type: none\"> – Kikkerdril eerst\t<ul style=\"list-style-type: none\"> – Kikkerdril rollbackproef") + "\n");

        var import = () => portal.Get<ISourceImporter>().ImportAsync(new ImportRequest(file, 2026, ["huisartsenzorg"], null, CreateUnknownNames: true));

        (await import.Should().ThrowAsync<Exception>()).Which.ToString().Should().Contain("deze tekst wordt geweigerd",
            "the database refuses the second text while the import's index entries are written");
        (await SearchIndexRows.ReadAsync(portal.Database)).Should().Equal(before);
        (await CountStatementsAsync(portal)).Should().Be(statementsBefore);
        (await portal.Get<PortalSearch>().SearchAsync(new SearchRequest("kikkerdril"))).Total.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_saves_on_one_document_at_the_same_time_both_reach_the_index(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        int secondId;
        await using (var context = portal.CreateContext())
        {
            var statement = new Statement { PolicyDocumentId = portal.DocumentId, TopicId = portal.TopicId };
            RichTextRenderer.SetBody(statement, "Een tweede uitspraak.");
            context.Statements.Add(statement);
            await ContentVersions.MarkChangedAsync(context, portal.Clock.GetUtcNow(), CancellationToken.None);
            await context.SaveChangesAsync();
            secondId = statement.Id;
        }

        var edit = (await portal.Get<StatementEditor>().LoadAsync(secondId))!.Model;
        edit.Markdown = "Tweede kikkerdrilafspraak.";
        Task<SaveResult<StatementEditModel>>? second = null;
        await using (var first = portal.CreateContext())
        {
            await first.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await first.Database.BeginTransactionAsync();
                RichTextRenderer.SetBody(await first.Statements.SingleAsync(statement => statement.Id == portal.StatementId), "Eerste kikkerdrilafspraak.");
                await ContentVersions.MarkChangedAsync(first, portal.Clock.GetUtcNow(), CancellationToken.None);
                await first.SaveChangesAsync();

                // The first save has rewritten the document's entries but not committed; the second save starts now.
                second = Task.Run(() => portal.Get<StatementEditor>().SaveAsync(edit, FixedAuthorization.Allowed, EditingPortal.Bert));
                await Task.Delay(500);
                second.IsCompleted.Should().BeFalse("the second save waits for the first one's transaction");
                await transaction.CommitAsync();
            });
        }

        (await second!).Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        var found = await portal.Get<PortalSearch>().SearchAsync(new SearchRequest("kikkerdrilafspraak"));
        found.Hits.Select(hit => hit.RecordId).Should().BeEquivalentTo([portal.StatementId, secondId]);
        (await SearchIndexRows.CountAsync(portal.Database)).Should().Be((2, 2, 2));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rebuild_gives_the_index_the_writes_gave(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = PortalServices.For(database);
        await services.GetRequiredService<FirstStartSeeder>().SeedIfEmptyAsync(importShippedSources: true, CancellationToken.None);
        var search = services.GetRequiredService<PortalSearch>();
        string[] queries = ["samenwerkingsverbanden", "\"kwaliteit van zorg\"", "regioplan -huisartsen", "zorgaanbieder OR huisarts"];
        var incremental = await SearchIndexRows.ReadAsync(database);
        var resultsBefore = await Task.WhenAll(queries.Select(query => search.SearchAsync(new SearchRequest(query, PageSize: 100))));

        var count = await services.GetRequiredService<SearchIndex>().RebuildAsync();

        count.Should().Be(incremental.Count).And.BeGreaterThan(100);
        (await SearchIndexRows.ReadAsync(database)).Should().Equal(incremental);
        (await SearchIndexRows.CountAsync(database)).Should().Be((count, count, count));
        var resultsAfter = await Task.WhenAll(queries.Select(query => search.SearchAsync(new SearchRequest(query, PageSize: 100))));
        resultsAfter.Select(result => result.Hits).Should().BeEquivalentTo(resultsBefore.Select(result => result.Hits), options => options.WithStrictOrdering());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Start_up_builds_the_index_of_a_database_that_has_none(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        var indexed = await SearchIndexRows.ReadAsync(portal.Database);
        await using (var context = portal.Database.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
                ? "DELETE FROM search_fts; DELETE FROM search_texts; DELETE FROM search_entries;"
                : "DELETE FROM search_texts; DELETE FROM search_entries;");
        }

        await portal.Services.InitializePortalDatabaseAsync(importShippedSources: false);

        indexed.Should().ContainSingle();
        (await SearchIndexRows.ReadAsync(portal.Database)).Should().Equal(indexed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Start_up_rebuilds_an_index_built_by_another_version_of_the_analysis(DatabaseProvider provider)
    {
        await using var portal = await EditingPortal.CreateAsync(provider);
        await portal.Services.InitializePortalDatabaseAsync(importShippedSources: false);
        var indexed = await SearchIndexRows.ReadAsync(portal.Database);
        await using (var context = portal.Database.CreateContext())
        {
            // As an index from before the portal's own stems: other stems, no words for suggestions, an older version.
            await context.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
                ? "UPDATE search_fts SET stems = 'oud', words = 'oud', compounds = ''; DELETE FROM search_word_trigrams; DELETE FROM search_words; UPDATE search_index_state SET analyzer_version = 1;"
                : "UPDATE search_entries SET search_vector = 'oud'::tsvector; DELETE FROM search_words; UPDATE search_index_state SET analyzer_version = 1;");
        }

        (await portal.Get<PortalSearch>().SearchAsync(new SearchRequest("regioplan"))).Total.Should().Be(0);

        await portal.Services.InitializePortalDatabaseAsync(importShippedSources: false);

        (await SearchIndexRows.ReadAsync(portal.Database)).Should().Equal(indexed);
        (await portal.Get<PortalSearch>().SearchAsync(new SearchRequest("regioplannen"))).Total.Should().Be(1);
        (await portal.Get<PortalSearch>().SearchAsync(new SearchRequest("regiopaln"))).Suggestion.Should().Be(new SearchSuggestion("regioplan", 1));
        await using var check = portal.Database.CreateContext();
        (await check.Database.SqlQueryRaw<int>("SELECT analyzer_version AS \"Value\" FROM search_index_state").SingleAsync()).Should().Be(DutchText.AnalyzerVersion);
    }

    private static async Task<int> CountStatementsAsync(EditingPortal portal)
    {
        await using var context = portal.Database.CreateContext();
        return await context.Statements.IgnoreQueryFilters().CountAsync();
    }

    /// <summary>A trigger that makes the database refuse any search text containing <paramref name="word"/>, as a failure half-way through a save.</summary>
    private static async Task FailSearchTextsWithAsync(TestDatabase database, string word)
    {
        await using var context = database.CreateContext();
        await context.Database.ExecuteSqlRawAsync(database.Provider == DatabaseProvider.Sqlite
            ? $"""
               CREATE TRIGGER fail_search_text BEFORE INSERT ON search_texts WHEN NEW.text LIKE '%{word}%'
               BEGIN SELECT RAISE(ABORT, 'proef: deze tekst wordt geweigerd'); END;
               """
            : $"""
               CREATE FUNCTION fail_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN
                   IF NEW.text LIKE '%{word}%' THEN RAISE EXCEPTION 'proef: deze tekst wordt geweigerd'; END IF;
                   RETURN NEW;
               END $$;
               CREATE TRIGGER fail_search_text BEFORE INSERT ON search_texts FOR EACH ROW EXECUTE FUNCTION fail_search_text();
               """);
    }
}
