using System.Net;
using System.Net.Sockets;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace InkoopPortal.Web.Security;

/// <summary>The outcome of a sign-in attempt; <see cref="Wait"/> is set when the attempt was throttled.</summary>
public enum SignInOutcome
{
    SignedIn,
    WrongEmailOrPassword,
    Throttled,
    LockedByAdministrator,
}

/// <summary>
/// Signing in with e-mail address and password (ADR-024). An unknown address and a wrong password get the same answer
/// after the same work: the password is hashed either way (against a fixed dummy hash when there is no account).
/// Failures are throttled (<see cref="SignInThrottle"/>) per client address and per typed e-mail address; a browser
/// that signed in to the account before carries a "known browser" cookie and is counted on its own instead, so an
/// outsider guessing passwords cannot keep the user out of their own browser. A lock by an administrator is only
/// told to someone who gave the right password.
/// </summary>
public sealed class PortalSignIn(
    UserManager<PortalUser> users,
    IPasswordHasher<PortalUser> hasher,
    SignInThrottle throttle,
    PortalSessions sessions,
    IDataProtectionProvider dataProtection,
    TimeProvider clock)
{
    public const string KnownBrowserCookie = ".InkoopPortal.BekendeBrowser";

    /// <summary>How long a browser stays known after its last successful sign-in.</summary>
    public static readonly TimeSpan KnownBrowserLifetime = TimeSpan.FromDays(90);

    private static string? _dummyHash;

    private ITimeLimitedDataProtector Protector =>
        dataProtection.CreateProtector("InkoopPortal.KnownBrowser.v1").ToTimeLimitedDataProtector();

    public async Task<(SignInOutcome Outcome, TimeSpan Wait)> SignInAsync(HttpContext http, string email, string password)
    {
        var accountHash = ThrottleSubject.Hash(email);
        var knownBrowser = ReadKnownBrowser(http, accountHash);
        ThrottleSubject[] subjects =
        [
            ThrottleSubject.ForClient(ClientAddress(http.Connection.RemoteIpAddress)),
            knownBrowser is null ? ThrottleSubject.ForAccount(email) : ThrottleSubject.ForKnownBrowser(knownBrowser),
        ];
        var wait = await throttle.WaitAsync(subjects, http.RequestAborted);
        if (wait > TimeSpan.Zero)
        {
            return (SignInOutcome.Throttled, wait);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // The same hashing work as for a real account, so the time taken does not tell that there is none.
            hasher.VerifyHashedPassword(new PortalUser(), DummyHash(), password);
            await throttle.RecordFailureAsync(subjects, http.RequestAborted);
            return (SignInOutcome.WrongEmailOrPassword, TimeSpan.Zero);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await throttle.RecordFailureAsync(subjects, http.RequestAborted);
            return (SignInOutcome.WrongEmailOrPassword, TimeSpan.Zero);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return (SignInOutcome.LockedByAdministrator, TimeSpan.Zero);
        }

        // The client address keeps its count (an attacker with an account of their own cannot wipe it by signing in).
        await throttle.ForgetAsync(subjects[1], http.RequestAborted);
        await sessions.SignInAsync(user);
        WriteKnownBrowser(http, accountHash, knownBrowser ?? Guid.NewGuid().ToString("N"));
        return (SignInOutcome.SignedIn, TimeSpan.Zero);
    }

    /// <summary>The client's address, an IPv6 address by its /64 network (one host usually has the whole network).</summary>
    public static string? ClientAddress(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private string DummyHash() => _dummyHash ??= hasher.HashPassword(new PortalUser(), PasswordGenerator.Generate());

    /// <summary>The browser's id when its cookie is genuine, unexpired and for this e-mail address.</summary>
    private string? ReadKnownBrowser(HttpContext http, string accountHash)
    {
        if (http.Request.Cookies[KnownBrowserCookie] is not { Length: > 0 } cookie)
        {
            return null;
        }

        try
        {
            var parts = Protector.Unprotect(cookie).Split('|');
            return parts is [var hash, var browserId] && hash == accountHash ? browserId : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private void WriteKnownBrowser(HttpContext http, string accountHash, string browserId) =>
        http.Response.Cookies.Append(KnownBrowserCookie, Protector.Protect($"{accountHash}|{browserId}", KnownBrowserLifetime), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = Hosting.PortalSecurity.SignInPath,
            Expires = clock.GetUtcNow() + KnownBrowserLifetime,
            IsEssential = true,
        });
}
