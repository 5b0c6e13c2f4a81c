using System.Security.Cryptography;
using System.Text;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Infrastructure.Accounts;

/// <summary>How many failures a subject gets for free, and how the wait grows after that (it doubles up to a maximum).</summary>
public sealed record ThrottleRule(int FreeFailures, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>A client address: generous, because an office may share one address.</summary>
    public static readonly ThrottleRule Client = new(20, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));

    /// <summary>An e-mail address tried from a browser that has not signed in to it before.</summary>
    public static readonly ThrottleRule Account = new(5, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));

    /// <summary>An e-mail address tried from a browser that signed in to it before (the user's own typos).</summary>
    public static readonly ThrottleRule KnownBrowser = new(10, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));

    public TimeSpan DelayAfter(int failures)
    {
        if (failures <= FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - FreeFailures - 1, 30);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < MaxDelay ? delay : MaxDelay;
    }
}

/// <summary>One subject that a sign-in attempt is counted against, with its rule.</summary>
public sealed record ThrottleSubject(string Value, ThrottleRule Rule)
{
    public static ThrottleSubject ForClient(string? address) => new("client:" + (address ?? "onbekend"), ThrottleRule.Client);

    /// <summary>The e-mail address as typed (trimmed, case-insensitive), hashed: typed addresses are not stored.</summary>
    public static ThrottleSubject ForAccount(string email) => new("account:" + Hash(email), ThrottleRule.Account);

    public static ThrottleSubject ForKnownBrowser(string browserId) => new("browser:" + browserId, ThrottleRule.KnownBrowser);

    public static string Hash(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
}

/// <summary>
/// Sign-in throttling (ADR-024) instead of a lock-out: every failed sign-in is counted against the client address and
/// against the e-mail address (or, from a browser that signed in to that account before, against that browser); a
/// subject past its free failures must wait, and the wait doubles with every further failure up to 15 minutes.
/// Counted per typed address whether an account exists or not, so the answers do not tell. The counts live in the
/// database (<see cref="SignInAttempts"/>), so every instance applies the same ones; a day without failures forgets them.
/// </summary>
public sealed class SignInThrottle(IDbContextFactory<PortalDbContext> contextFactory, TimeProvider clock) : ISignInThrottle
{
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(24);

    /// <summary>How long the longest-waiting of <paramref name="subjects"/> must still wait (zero: it may try now).</summary>
    public async Task<TimeSpan> WaitAsync(IReadOnlyCollection<ThrottleSubject> subjects, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var values = subjects.Select(subject => subject.Value).ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counted = await context.SignInAttempts.AsNoTracking()
            .Where(attempts => values.Contains(attempts.Subject))
            .ToDictionaryAsync(attempts => attempts.Subject, cancellationToken);
        var wait = TimeSpan.Zero;
        foreach (var subject in subjects)
        {
            if (counted.TryGetValue(subject.Value, out var attempts) && now - attempts.LastFailureAt < ForgetAfter)
            {
                var remaining = attempts.LastFailureAt + subject.Rule.DelayAfter(attempts.Failures) - now;
                wait = remaining > wait ? remaining : wait;
            }
        }

        return wait;
    }

    /// <summary>Counts one failure against each subject, in one atomic statement each (instances may count at once).</summary>
    public async Task RecordFailureAsync(IEnumerable<ThrottleSubject> subjects, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var forgetBefore = now - (long)ForgetAfter.TotalMilliseconds;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var subject in subjects)
        {
            // The same upsert on PostgreSQL and SQLite (3.24+).
            await context.Database.ExecuteSqlAsync(
                $"""
                 INSERT INTO sign_in_attempts (subject, failures, last_failure_at) VALUES ({subject.Value}, 1, {now})
                 ON CONFLICT (subject) DO UPDATE SET
                     failures = CASE WHEN sign_in_attempts.last_failure_at < {forgetBefore} THEN 1 ELSE sign_in_attempts.failures + 1 END,
                     last_failure_at = {now}
                 """,
                cancellationToken);
        }
    }

    /// <summary>Forgets the failures of one subject (after a successful sign-in with it).</summary>
    public async Task ForgetAsync(ThrottleSubject subject, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.SignInAttempts.Where(attempts => attempts.Subject == subject.Value).ExecuteDeleteAsync(cancellationToken);
    }

    public Task ForgetAccountAsync(string email, CancellationToken cancellationToken = default) =>
        ForgetAsync(ThrottleSubject.ForAccount(email), cancellationToken);
}
