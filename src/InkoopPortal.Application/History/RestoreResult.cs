namespace InkoopPortal.Application.History;

public enum RestoreOutcome
{
    Restored,
    NotFound,
    NotDeleted,

    /// <summary>The record belongs to a record that is itself deleted: that one has to come back first.</summary>
    ParentDeleted,

    /// <summary>A live record has taken the deleted one's unique slug (or number) in the meantime.</summary>
    Duplicate,
}

/// <summary>What bringing back a deleted record did; <see cref="Message"/> says it in Dutch.</summary>
public sealed record RestoreResult(RestoreOutcome Outcome, string Message, int RestoredCount = 0)
{
    public bool Succeeded => Outcome == RestoreOutcome.Restored;
}
