namespace InkoopPortal.Domain;

/// <summary>
/// Column lengths for keys, names, addresses and codes (the editing forms validate against the same numbers).
/// Free text from source documents (titles, descriptions, locations) is unbounded: PostgreSQL would refuse a value
/// over a limit that SQLite silently accepts, and an unseen document must import the same on both.
/// </summary>
public static class FieldLimits
{
    public const int Slug = 100;
    public const int Name = 200;
    public const int Title = 400;
    public const int TopicName = 400;
    public const int Url = 2000;

    /// <summary>
    /// The most Markdown an editor may save in one statement (a matrix cell). Not a column limit: imports keep whatever
    /// the source has; the longest imported cell is far below it.
    /// </summary>
    public const int StatementMarkdown = 20_000;

    /// <summary>Who deleted a record (a display name).</summary>
    public const int DeletedBy = Name;
}
