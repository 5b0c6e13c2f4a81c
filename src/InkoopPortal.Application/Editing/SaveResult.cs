namespace InkoopPortal.Application.Editing;

/// <summary>A problem with one field of an edit, in Dutch, for the form to show next to the field.</summary>
public sealed record FieldMessage(string Field, string Message);

/// <summary>The record as it is in the database now, with who saved it last and when (from the history).</summary>
public sealed record StoredVersion<TModel>(TModel Values, uint Version, string? ChangedBy, DateTimeOffset? ChangedAt);

/// <summary>What saving an edit of one record did. Nothing is written unless the result is <see cref="Saved"/>.</summary>
public abstract record SaveResult<TModel>
    where TModel : class
{
    private SaveResult()
    {
    }

    /// <summary>Saved; <paramref name="Version"/> is the record's new version, for the next save from the same form.</summary>
    public sealed record Saved(uint Version) : SaveResult<TModel>;

    /// <summary>
    /// Someone saved the record after the editor loaded it. <paramref name="Mine"/> is the edit as sent (nothing of it
    /// is lost), <paramref name="Theirs"/> the record as it is now, <paramref name="Base"/> the version the editor
    /// started from (from the history; null when the history does not have it). To overwrite after merging, save
    /// again with <see cref="StoredVersion{TModel}.Version"/> of <paramref name="Theirs"/>.
    /// </summary>
    public sealed record Conflict(TModel Mine, StoredVersion<TModel> Theirs, TModel? Base) : SaveResult<TModel>;

    /// <summary>The record does not exist (any more), or it has been deleted.</summary>
    public sealed record NotFound : SaveResult<TModel>;

    public sealed record Invalid(IReadOnlyList<FieldMessage> Messages) : SaveResult<TModel>;
}
