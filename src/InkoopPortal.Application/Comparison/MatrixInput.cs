using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.Application.Comparison;

/// <summary>
/// Everything the builder needs, already read from the database: the columns in their order, the topic rows, and
/// the published documents and statements of those purchasers for the year and the year before.
/// </summary>
public sealed record MatrixInput(
    int Year,
    MatrixCareType CareType,
    int CareTypeId,
    IReadOnlyList<InputPurchaser> Purchasers,
    string? HighlightedPurchaserSlug,
    IReadOnlyList<InputTopic> Topics,
    IReadOnlyList<InputDocument> Documents,
    IReadOnlyList<InputStatement> Statements);

public sealed record InputPurchaser(int Id, string Slug, string Name, PurchaserKind Kind);

public sealed record InputGroup(int Id, string Slug, string Name, int SortOrder);

public sealed record InputTopic(
    int Id,
    string Slug,
    string Name,
    int SortOrder,
    bool IsPrecondition,
    IReadOnlyList<string> GuidingQuestions,
    InputGroup? Group);

public sealed record InputDocument(int Id, int PurchaserId, string Title, int ValidFromYear, int ValidToYear, string? SourceUrl)
{
    public bool IsValidIn(int year) => ValidFromYear <= year && year <= ValidToYear;
}

public sealed record InputStatement(
    int Id,
    int DocumentId,
    int TopicId,
    int? CareTypeId,
    StatementStatus Status,
    string Html,
    string? SourceLocation,
    string? SourceWording = null);
