namespace InkoopPortal.Domain;

/// <summary>
/// One row whose token changes in the same transaction as every change to policy content (an import, an edit).
/// Every app instance compares it with the token its caches were built from, so a cache is never stale for longer
/// than one request, whichever instance made the change.
/// </summary>
public class ContentVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public Guid Token { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
