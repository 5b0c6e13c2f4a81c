namespace InkoopPortal.Domain;

/// <summary>
/// A record of the portal's content (purchasers, topics, documents and everything in them). Such a record is never
/// deleted from the database: a delete marks it (<see cref="DeletedAt"/>) and every query leaves it out until it is
/// restored. Every change to it is kept in the history (<see cref="History.AuditEntry"/>), and <see cref="RowVersion"/>
/// refuses a save based on a version someone else has changed since (no lost updates). See ADR-008.
/// </summary>
public abstract class ContentRecord
{
    public int Id { get; set; }

    /// <summary>
    /// Changes with every update of the row: PostgreSQL's system column <c>xmin</c>, or on SQLite a number the portal
    /// counts up in SaveChanges. An editor sends back the version it loaded; a different one in the database is a conflict.
    /// </summary>
    public uint RowVersion { get; set; }

    /// <summary>When the record was deleted; null while it is live.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Who deleted it (display name; the history also has the user id).</summary>
    public string? DeletedBy { get; set; }
}
