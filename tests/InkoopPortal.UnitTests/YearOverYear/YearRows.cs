using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.UnitTests.YearOverYear;

/// <summary>Hand-made rows for the year-over-year builders: four topics of one care type in the matrix's order.</summary>
internal sealed class YearRows
{
    public const int CareTypeId = 1;
    public const int OtherCareTypeId = 2;
    public static readonly MatrixCareType CareType = new("huisartsenzorg", "Huisartsenzorg", Law.Zvw);
    private static readonly InputGroup Regional = new(1, "regionaal", "Regionale samenwerking", 1);
    private static readonly InputGroup Digital = new(2, "digitaal", "Digitaal", 2);

    public static readonly InputTopic Regioplan = Topic(10, "regioplan", 1, Regional);
    public static readonly InputTopic Rossen = Topic(11, "rossen", 2, Regional);
    public static readonly InputTopic Automatisering = Topic(12, "automatisering", 1, Digital);
    public static readonly InputTopic Inkoopdoelen = Topic(13, "inkoopdoelen", 1, null);
    public static readonly IReadOnlyList<InputTopic> Topics = [Inkoopdoelen, Automatisering, Rossen, Regioplan];

    public static readonly InputPurchaser Cz = new(1, "cz", "CZ", PurchaserKind.HealthInsurer);
    public static readonly InputPurchaser Vgz = new(2, "vgz", "VGZ", PurchaserKind.HealthInsurer);
    public static readonly InputPurchaser Menzis = new(3, "menzis", "Menzis", PurchaserKind.HealthInsurer);

    public List<InputDocument> Documents { get; } = [];

    public List<InputStatement> Statements { get; } = [];

    public Dictionary<int, string> Markdown { get; } = [];

    public List<InputChange> Changes { get; } = [];

    public int Document(InputPurchaser purchaser, int from, int to)
    {
        var id = Documents.Count + 1;
        Documents.Add(new InputDocument(id, purchaser.Id, $"Beleid {purchaser.Name} {from}", from, to, null));
        return id;
    }

    public YearRows Says(int documentId, InputTopic topic, string markdown, StatementStatus status = StatementStatus.Content, int? careTypeId = null)
    {
        var id = Statements.Count + 100;
        Statements.Add(new InputStatement(id, documentId, topic.Id, careTypeId, status, markdown.Length == 0 ? "" : $"<p>{markdown}</p>", null));
        Markdown[id] = markdown;
        return this;
    }

    public YearRows Change(int documentId, InputTopic? topic, string subject, string text)
    {
        Changes.Add(new InputChange(documentId, topic?.Id, subject, $"<p>{text}</p>", null, Changes.Count + 1));
        return this;
    }

    private static InputTopic Topic(int id, string slug, int order, InputGroup? group) =>
        new(id, slug, char.ToUpperInvariant(slug[0]) + slug[1..], order, false, [], group);
}
