namespace InkoopPortal.Application.Persistence;

/// <summary>Names of the model's global query filters, for <c>IgnoreQueryFilters([...])</c>.</summary>
public static class QueryFilters
{
    /// <summary>Leaves deleted content records out (<see cref="Domain.ContentRecord.DeletedAt"/>); ignore it to see them.</summary>
    public const string SoftDelete = "SoftDelete";
}
