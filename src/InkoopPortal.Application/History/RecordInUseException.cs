namespace InkoopPortal.Application.History;

/// <summary>
/// A delete refused because live records still need the one being deleted (a topic that statements are about, a
/// purchaser that has documents): the soft delete keeps the rule a hard delete would have hit as a foreign key.
/// </summary>
public sealed class RecordInUseException(string entityType, int id, string dependentType, int dependentCount)
    : InvalidOperationException(
        $"{ContentRecordNames.Named(entityType, id)} kan niet worden verwijderd: " +
        $"{ContentRecordNames.Count(dependentCount, dependentType)} {(dependentCount == 1 ? "verwijst" : "verwijzen")} er nog naar. " +
        "Verwijder of wijzig die eerst.")
{
    public string EntityType { get; } = entityType;

    public int Id { get; } = id;

    public string DependentType { get; } = dependentType;

    public int DependentCount { get; } = dependentCount;
}
