using InkoopPortal.Application.Editing;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.TestSupport.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.YearOverYear;

/// <summary>
/// The app on the data a first start seeds, plus CZ's 2023 huisartsenzorg policy: drafted from 2022 through "Nieuw
/// beleidsjaar", its regioplan edited through the statement editor, and published.
/// </summary>
public sealed class YearOverYearPortal : PortalWebApplicationFactory, IAsyncLifetime
{
    public const string Regioplan2023 = "- Regioplan voor 1 oktober indienen bij CZ";

    public int Document2022 { get; private set; }

    public int Document2023 { get; private set; }

    public async Task InitializeAsync()
    {
        var editor = new AuditActor("redacteur-web", "Rianne Redacteur");
        await using (var context = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            Document2022 = await context.PolicyDocuments
                .Where(document => document.Purchaser!.Slug == "cz" && document.ValidFromYear == 2022)
                .Select(document => document.Id)
                .SingleAsync();
        }

        var years = Services.GetRequiredService<NewPolicyYearService>();
        Document2023 = (await years.CreateDraftAsync(Document2022, FixedAuthorization.Allowed, editor)).DocumentId!.Value;
        int statementId;
        await using (var context = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            statementId = await context.Statements
                .Where(statement => statement.PolicyDocumentId == Document2023 && statement.Topic!.Slug == "regioplan")
                .Select(statement => statement.Id)
                .SingleAsync();
        }

        var statements = Services.GetRequiredService<StatementEditor>();
        var edit = (await statements.LoadAsync(statementId))!.Model;
        edit.Status = StatementStatus.Content;
        edit.Markdown = Regioplan2023;
        (await statements.SaveAsync(edit, FixedAuthorization.Allowed, editor)).Should().BeOfType<SaveResult<StatementEditModel>.Saved>();
        (await years.PublishAsync(Document2023, FixedAuthorization.Allowed, editor)).Succeeded.Should().BeTrue();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
