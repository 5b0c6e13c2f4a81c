using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.YearOverYear;

/// <summary>
/// An app of its own (publishing a new year would change what the other tests see): the first-start data plus CZ's
/// 2023 huisartsenzorg policy, drafted from 2022, its regioplan edited through the statement editor, and published.
/// </summary>
public sealed class YearOverYearApp : IAsyncLifetime
{
    /// <summary>CZ's 2023 regioplan: a heading, a numbered list with a nested list and bold, as editors write it.</summary>
    public const string Regioplan2023 = "## Planning\n\n"
        + "1. Regioplan voor 1 oktober indienen bij de **e2e-verzekeraar**\n"
        + "   - afgestemd met de gemeenten\n"
        + "   - samen met de zorggroep\n"
        + "2. Regiobeeld jaarlijks bijwerken\n"
        + "3. Resultaten delen met de regio";

    private readonly KestrelPortalFactory _app = new();

    public Uri Address { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Address = await Task.Run(_app.Start);
        var editor = new AuditActor("redacteur-e2e", "Rianne Redacteur");
        var contexts = _app.Services.GetRequiredService<IPortalDbContextFactory>();
        int source;
        await using (var context = contexts.CreateDbContext())
        {
            source = await context.PolicyDocuments.Where(document => document.Purchaser!.Slug == "cz" && document.ValidFromYear == 2022)
                .Select(document => document.Id).SingleAsync();
        }

        var years = _app.Services.GetRequiredService<NewPolicyYearService>();
        var draft = (await years.CreateDraftAsync(source, FixedAuthorization.Allowed, editor)).DocumentId!.Value;
        int statementId;
        await using (var context = contexts.CreateDbContext())
        {
            statementId = await context.Statements.Where(statement => statement.PolicyDocumentId == draft && statement.Topic!.Slug == "regioplan")
                .Select(statement => statement.Id).SingleAsync();
        }

        var statements = _app.Services.GetRequiredService<StatementEditor>();
        var edit = (await statements.LoadAsync(statementId))!.Model;
        (edit.Status, edit.Markdown) = (StatementStatus.Content, Regioplan2023);
        (await statements.SaveAsync(edit, FixedAuthorization.Allowed, editor)).Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        (await years.PublishAsync(draft, FixedAuthorization.Allowed, editor)).Succeeded.Should().BeTrue();
    }

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    public Task<IBrowserContext> NewContextAsync(IBrowser browser) => browser.NewPortalContextAsync(Address);
}
