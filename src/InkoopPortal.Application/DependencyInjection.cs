using InkoopPortal.Application.Agenda;
using InkoopPortal.Application.Api;
using InkoopPortal.Application.Codebook;
using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Documents;
using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Editing.Documents;
using InkoopPortal.Application.History;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Review;
using InkoopPortal.Application.Overview;
using InkoopPortal.Application.PolicyYears;
using InkoopPortal.Application.Purchasers;
using InkoopPortal.Application.ReferenceData;
using InkoopPortal.Application.ReferenceData.Editing;
using InkoopPortal.Application.YearOverYear;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the use cases. <paramref name="dataDirectory"/> holds the shipped reference data and sources;
    /// <paramref name="import"/> the import settings (the defaults when left out).
    /// </summary>
    public static IServiceCollection AddPortalApplication(this IServiceCollection services, string dataDirectory, ImportOptions? import = null)
    {
        services.AddSingleton(new PortalDataOptions { DataDirectory = dataDirectory });
        services.AddSingleton(import ?? new ImportOptions());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PortalOverviewService>();
        services.AddSingleton<MatrixCache>();
        services.AddSingleton<MatrixService>();
        services.AddSingleton<PurchaserPageQuery>();
        services.AddSingleton<ApiReadQuery>();
        services.AddSingleton<DocumentPageQuery>();
        services.AddSingleton<CellDetailService>();
        services.AddSingleton<AgendaQuery>();
        services.AddSingleton(NzaMilestones.BuiltIn);
        services.AddSingleton<TopicTimelineService>();
        services.AddSingleton<YearOverYearQuery>();
        services.AddSingleton<YearChangesQuery>();
        services.AddSingleton<ReferenceDataSeeder>();
        services.AddSingleton<SourceImporter>();
        services.AddSingleton<Import.SourceFiles.SourceFileQuery>();
        services.AddSingleton<ISourceImporter>(provider => provider.GetRequiredService<SourceImporter>());
        services.AddSingleton<Import.Names.ImportAliases>();
        services.AddSingleton<NewPolicyYearService>();
        services.AddSingleton<DraftQuery>();
        services.AddSingleton<DraftEditingQuery>();
        services.AddSingleton<FirstStartSeeder>();
        services.AddSingleton<StatementEditor>();
        services.AddSingleton<StatementHistory>();
        services.AddSingleton<DeletedRecords>();
        services.AddSingleton<EditorDocumentList>();
        services.AddSingleton<DocumentEditor>();
        services.AddSingleton<DocumentPartEditor>();
        services.AddSingleton<RecycleBin>();
        services.AddSingleton<Search.PortalSearch>();
        services.AddSingleton<Search.SearchIndex>();

        // Scoped: they check the current user's IPortalAuthorization (registered by the host).
        services.AddScoped<PurchaserAdministration>();
        services.AddScoped<CareTypeAdministration>();
        services.AddScoped<TopicAdministration>();
        services.AddScoped<EditorImport>();
        services.AddScoped<ImportReviewService>();
        services.AddScoped<DocumentFilingService>();
        services.AddScoped<CodebookUpgrade>();
        return services;
    }
}
