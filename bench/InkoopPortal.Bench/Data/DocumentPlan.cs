using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Bench.Data;

public sealed record PlannedDocument(
    int Id, int PurchaserId, int CareTypeId, int ValidFromYear, int ValidToYear, DocumentStatus Status, string Title);

public sealed record PlannedStatement(
    int Id, int DocumentId, int TopicId, StatementStatus Status, string Markdown, int SortOrder);

/// <summary>
/// Decides, from the fixed seed, which documents and statements exist: per purchaser and care type of its law a
/// track of yearly (sometimes two-year) documents, a statement per topic with a mixed status, and often the same
/// text as the previous document. Ids are assigned here so the rows can be copied in bulk.
/// </summary>
public sealed class DocumentPlan
{
    public List<PlannedDocument> Documents { get; } = [];

    public List<PlannedStatement> Statements { get; } = [];

    /// <summary>
    /// Decides which new texts get one of the search benchmark's band words (<see cref="SearchBandWords"/>); a
    /// random of its own, so the rest of the dataset is the same as without them.
    /// </summary>
    private readonly Random _bandRandom = new(DatasetShape.Seed + 1);

    public static DocumentPlan Create(IReadOnlyList<int> purchaserIds, IReadOnlyList<int> careTypeIds, IReadOnlyList<int> topicIds)
    {
        var random = new Random(DatasetShape.Seed);
        var plan = new DocumentPlan();
        foreach (var purchaserId in purchaserIds)
        {
            foreach (var careTypeId in careTypeIds)
            {
                if (random.NextDouble() < DatasetShape.TrackChance)
                {
                    plan.AddTrack(random, purchaserId, careTypeId, topicIds);
                }
            }
        }

        return plan;
    }

    private void AddTrack(Random random, int purchaserId, int careTypeId, IReadOnlyList<int> topicIds)
    {
        var previousText = new Dictionary<int, string>();
        var year = DatasetShape.FirstYear;
        while (year <= DatasetShape.LastYear)
        {
            if (random.NextDouble() >= DatasetShape.YearChance)
            {
                year++;
                continue;
            }

            var toYear = year < DatasetShape.LastYear && random.NextDouble() < DatasetShape.TwoYearChance ? year + 1 : year;
            var published = AddDocument(random, purchaserId, careTypeId, year, toYear, DocumentStatus.Published, topicIds, previousText);
            if (random.NextDouble() < DatasetShape.DraftChance)
            {
                AddDocument(random, purchaserId, careTypeId, year, toYear, DocumentStatus.Draft, topicIds, new Dictionary<int, string>(published));
            }

            year = toYear + 1;
        }
    }

    /// <summary>Adds a document and its statements; returns (and keeps in <paramref name="previousText"/>) its texts per topic.</summary>
    private Dictionary<int, string> AddDocument(
        Random random, int purchaserId, int careTypeId, int fromYear, int toYear, DocumentStatus status,
        IReadOnlyList<int> topicIds, Dictionary<int, string> previousText)
    {
        var document = new PlannedDocument(
            Documents.Count + 1, purchaserId, careTypeId, fromYear, toYear, status,
            fromYear == toYear ? $"Inkoopbeleid {fromYear}" : $"Inkoopbeleid {fromYear}-{toYear}");
        Documents.Add(document);
        var texts = new Dictionary<int, string>();
        var sortOrder = 0;
        foreach (var topicId in topicIds)
        {
            if (random.NextDouble() >= DatasetShape.StatementChance)
            {
                continue;
            }

            var statementStatus = DatasetShape.PickStatus(random);
            var markdown = "";
            if (statementStatus == StatementStatus.Content)
            {
                markdown = previousText.TryGetValue(topicId, out var previous) && random.NextDouble() < DatasetShape.UnchangedChance
                    ? previous
                    : SearchBandWords.Add(_bandRandom, PolicyTextGenerator.Write(random, DatasetShape.PickBodyLength(random)));
                texts[topicId] = markdown;
            }

            Statements.Add(new PlannedStatement(Statements.Count + 1, document.Id, topicId, statementStatus, markdown, ++sortOrder));
        }

        if (status == DocumentStatus.Published)
        {
            foreach (var (topicId, text) in texts)
            {
                previousText[topicId] = text;
            }
        }

        return texts;
    }
}
