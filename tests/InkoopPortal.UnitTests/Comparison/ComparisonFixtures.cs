using InkoopPortal.Application.Comparison;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using InkoopPortal.Domain.Purchasers;

namespace InkoopPortal.UnitTests.Comparison;

/// <summary>Small hand-made rows for the pure comparison builders (timeline, cell detail).</summary>
internal static class ComparisonFixtures
{
    public const int CareTypeId = 1;
    public static readonly MatrixCareType CareType = new("huisartsenzorg", "Huisartsenzorg", Law.Zvw);
    public static readonly InputGroup Group = new(1, "regionaal", "Regionale samenwerking", 1);
    public static readonly InputTopic Topic = new(10, "regioplan", "Regioplan", 1, false, ["Wat vraagt de verzekeraar?"], Group);
    public static readonly InputPurchaser Cz = new(1, "cz", "CZ", PurchaserKind.HealthInsurer);
    public static readonly InputPurchaser Vgz = new(2, "vgz", "VGZ", PurchaserKind.HealthInsurer);

    public static InputDocument Document(int id, InputPurchaser purchaser, int from, int to) =>
        new(id, purchaser.Id, $"Beleid {purchaser.Name} {from}", from, to, $"https://example.nl/{id}");

    public static InputStatement Statement(int id, int documentId, string html, StatementStatus status = StatementStatus.Content, int? careTypeId = null) =>
        new(id, documentId, Topic.Id, careTypeId, status, html, $"regel {id}");
}
