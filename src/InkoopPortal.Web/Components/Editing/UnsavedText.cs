namespace InkoopPortal.Web.Components.Editing;

/// <summary>
/// Text an editor typed but did not save, as kept in the browser (js/unsaved-text.js): the text, what it was based on
/// (the record's row version when typing began, so a save after restoring still detects someone else's change), and
/// when it was kept (milliseconds since 1970, the browser's clock).
/// </summary>
public sealed record UnsavedText(string Text, string? Basis, long SavedAt)
{
    public DateTimeOffset SavedAtMoment => DateTimeOffset.FromUnixTimeMilliseconds(SavedAt);
}
