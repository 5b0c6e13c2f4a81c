namespace InkoopPortal.Domain.History;

public enum AuditAction
{
    Created = 1,
    Updated = 2,

    /// <summary>Marked deleted (or, for a link between two records, removed).</summary>
    Deleted = 3,

    /// <summary>A deleted record brought back.</summary>
    Restored = 4,
}

/// <summary>
/// One change to one content record, written by SaveChanges in the same transaction as the change itself. All
/// entries of one SaveChanges share a <see cref="ChangesetId"/>. <see cref="Before"/> and <see cref="After"/> hold the
/// record's scalar properties as a JSON object (property name → value, enums by name).
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public Guid ChangesetId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The signed-in user's id; null for changes by the portal itself (seeding, command-line import).</summary>
    public string? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>The entity's name in the model, e.g. <c>Statement</c>.</summary>
    public required string EntityType { get; set; }

    /// <summary>The primary key as text; a composite key's values joined by a comma.</summary>
    public required string EntityKey { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The values before the change; null when the record was created.</summary>
    public string? Before { get; set; }

    /// <summary>The values after the change (generated keys and versions included); null when a link was removed.</summary>
    public string? After { get; set; }
}
