namespace InkoopPortal.Infrastructure.Accounts;

/// <summary>
/// The failed sign-ins counted for one subject (a client address, an e-mail address or a known browser; see
/// <see cref="SignInThrottle"/>). Kept in the database, so that every instance sees the same count.
/// </summary>
public sealed class SignInAttempts
{
    public const int SubjectMaxLength = 100;

    /// <summary>"client:…", "account:…" (a hash of the e-mail address, never the address itself) or "browser:…".</summary>
    public required string Subject { get; set; }

    /// <summary>Failures in a row since the last success or since the count was forgotten.</summary>
    public int Failures { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }
}
