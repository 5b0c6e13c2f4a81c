using InkoopPortal.Application.Comparison;

namespace InkoopPortal.Bench.Measurement;

/// <summary>
/// The matrix every variant serves: one year and care type, the first <see cref="PurchaserCount"/> purchasers (in
/// the portal's order) with a published document for it, and every topic of the care type named explicitly.
/// </summary>
public sealed record BenchMatrix(int Year, string CareTypeSlug, IReadOnlyList<string> PurchaserSlugs, IReadOnlyList<string> TopicSlugs)
{
    public const int DefaultYear = 2024;
    public const string DefaultCareType = "wijkverpleging";
    public const int PurchaserCount = 15;
    public const string PagePath = "/vergelijk";

    public int CellCount => PurchaserSlugs.Count * TopicSlugs.Count;

    public string QueryString(int? year = null) =>
        new MatrixRequest(year ?? Year, CareTypeSlug, null, PurchaserSlugs, TopicSlugs).ToQueryString();

    public static async Task<BenchMatrix> ChooseAsync(MatrixService matrices, CancellationToken cancellationToken)
    {
        var catalog = await matrices.GetCatalogAsync(cancellationToken);
        var careType = catalog.CareType(DefaultCareType)
            ?? throw new InvalidOperationException($"Care type '{DefaultCareType}' is missing: was the dataset generated?");
        var withData = catalog.PurchasersWithData(careType.Id, DefaultYear);
        var purchasers = catalog.Purchasers.Where(purchaser => withData.Contains(purchaser.Id)).Take(PurchaserCount).Select(p => p.Slug).ToList();
        var topics = catalog.TopicsFor(careType.Id).OrderBy(topic => topic.Group?.SortOrder).ThenBy(topic => topic.SortOrder).Select(t => t.Slug).ToList();
        if (purchasers.Count < PurchaserCount)
        {
            throw new InvalidOperationException($"Only {purchasers.Count} purchasers have a document for {DefaultCareType} {DefaultYear}.");
        }

        return new BenchMatrix(DefaultYear, careType.Slug, purchasers, topics);
    }
}
