using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Web.Components.Account;
using InkoopPortal.Web.Tests.Support;
using Xunit.Abstractions;

namespace InkoopPortal.Web.Tests.Security;

/// <summary>
/// Sign-in does not tell which e-mail addresses have an account (same message, comparable time), and an outsider
/// who guesses passwords cannot lock a user out of their own browser (ADR-024).
/// </summary>
public class SignInProtectionTests(SignInWebApplicationFactory factory, ITestOutputHelper output) : IClassFixture<SignInWebApplicationFactory>
{
    private static int _addresses;

    /// <summary>A network address no other test uses.</summary>
    private static string NewAddress()
    {
        var n = Interlocked.Increment(ref _addresses);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    private static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@voorbeeld.nl";

    private sealed record Attempt(HttpStatusCode Status, string Message, TimeSpan Took);

    /// <summary>One sign-in POST from a fresh browser at <paramref name="address"/>; only the POST is timed.</summary>
    private async Task<Attempt> AttemptAsync(string email, string password, string? address = null, HttpClient? browser = null)
    {
        var client = browser ?? factory.CreateBrowserAt(address ?? NewAddress());
        var token = await Accounts.AntiforgeryTokenAsync(client, "/account/inloggen");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/account/inloggen", form);
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        var message = response.StatusCode == HttpStatusCode.Redirect
            ? ""
            : new HtmlParser().ParseDocument(body).QuerySelector("[role='alert']")?.TextContent.Trim() ?? "";
        return new Attempt(response.StatusCode, message, watch.Elapsed);
    }

    private static double Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Select(time => time.TotalMilliseconds).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_message_in_comparable_time_as_a_wrong_password()
    {
        const int Tries = 20;
        var known = new List<string>();
        for (var i = 0; i <= Tries; i++)
        {
            known.Add(NewEmail("bekend"));
            await factory.CreateUserAsync(known[^1], UserRole.Reader);
        }

        // Warm up both paths once, then alternate them so that both see the same machine load.
        await AttemptAsync(NewEmail("onbekend"), "een-verkeerd-wachtwoord");
        await AttemptAsync(known[Tries], "een-verkeerd-wachtwoord");
        var unknownAttempts = new List<Attempt>();
        var wrongAttempts = new List<Attempt>();
        for (var i = 0; i < Tries; i++)
        {
            unknownAttempts.Add(await AttemptAsync(NewEmail("onbekend"), "een-verkeerd-wachtwoord"));
            wrongAttempts.Add(await AttemptAsync(known[i], "een-verkeerd-wachtwoord"));
        }

        var unknownMedian = Median(unknownAttempts.Select(attempt => attempt.Took));
        var wrongMedian = Median(wrongAttempts.Select(attempt => attempt.Took));
        var ratio = unknownMedian / wrongMedian;
        output.WriteLine($"median unknown address {unknownMedian:F1} ms, median wrong password {wrongMedian:F1} ms, ratio {ratio:F2}");

        unknownAttempts.Concat(wrongAttempts).Select(attempt => (attempt.Status, attempt.Message)).Distinct().Should()
            .ContainSingle("an unknown address and a wrong password get the same answer").Which
            .Should().Be((HttpStatusCode.BadRequest, "Het e-mailadres of het wachtwoord is onjuist."));
        ratio.Should().BeInRange(0.5, 2.0, "the password is hashed either way, so timing does not tell whether the address has an account");
    }

    /// <summary>25 guesses from one address, then 25 from as many addresses.</summary>
    private async Task<List<Attempt>> AttackAsync(string email)
    {
        var attacker = NewAddress();
        var attempts = new List<Attempt>();
        for (var i = 0; i < 50; i++)
        {
            attempts.Add(await AttemptAsync(email, $"geraden-wachtwoord-{i}", i < 25 ? attacker : NewAddress()));
        }

        return attempts;
    }

    [Fact]
    public async Task An_outsider_guessing_passwords_is_slowed_down_but_the_user_still_signs_in_from_their_own_browser()
    {
        var email = NewEmail("doelwit");
        await factory.CreateUserAsync(email, UserRole.Editor);
        var ownBrowser = factory.CreateBrowserAt(NewAddress());
        await ownBrowser.SignInOrFailAsync(email);
        using (await ownBrowser.PostFormAsync("/inkopers", SignOut.FormName, path: "/account/uitloggen"))
        {
        }

        // An attacker from one address, then from many (a botnet), against the account and against an unknown address.
        var againstKnown = await AttackAsync(email);
        var againstUnknown = await AttackAsync(NewEmail("niemand"));

        var fromOwnBrowser = await AttemptAsync(email, Accounts.Password, browser: ownBrowser);
        var fromNewBrowser = await AttemptAsync(email, Accounts.Password);

        againstKnown.Select(attempt => (attempt.Status, attempt.Message)).Should()
            .Equal(againstUnknown.Select(attempt => (attempt.Status, attempt.Message)), "the answers do not tell whether the account exists");
        againstKnown.Should().Contain(attempt => attempt.Status == HttpStatusCode.TooManyRequests, "guessing is slowed down");
        againstKnown[^1].Status.Should().Be(HttpStatusCode.TooManyRequests);
        againstKnown[^1].Message.Should().StartWith("Er is te vaak geprobeerd in te loggen").And.Contain("Probeer het over");
        againstKnown.Count(attempt => attempt.Status == HttpStatusCode.BadRequest).Should()
            .BeLessThan(20, "most guesses are refused without the password being tried");
        fromOwnBrowser.Status.Should().Be(HttpStatusCode.Redirect, "the user's own browser, which signed in before, is not locked out");
        fromNewBrowser.Status.Should().Be(HttpStatusCode.TooManyRequests, "an unknown browser waits like the attacker does");
    }

    [Fact]
    public async Task After_five_free_failures_the_wait_doubles_with_each_failure_and_then_the_right_password_works()
    {
        var email = NewEmail("tikfout");
        await factory.CreateUserAsync(email, UserRole.Reader);
        var browser = factory.CreateBrowserAt(NewAddress());

        var free = new List<Attempt>();
        for (var i = 0; i < 6; i++)
        {
            free.Add(await AttemptAsync(email, $"vergeten-wachtwoord-{i}", browser: browser));
        }

        var waitOneSecond = await AttemptAsync(email, Accounts.Password, browser: browser);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var seventhFailure = await AttemptAsync(email, "nog-steeds-vergeten", browser: browser);
        var waitTwoSeconds = await AttemptAsync(email, Accounts.Password, browser: browser);
        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var right = await AttemptAsync(email, Accounts.Password, browser: browser);

        free.Should().OnlyContain(attempt => attempt.Status == HttpStatusCode.BadRequest && attempt.Message == "Het e-mailadres of het wachtwoord is onjuist.");
        waitOneSecond.Status.Should().Be(HttpStatusCode.TooManyRequests, "not even the right password is tried during the wait");
        waitOneSecond.Message.Should().Contain("Probeer het over 1 seconde opnieuw.");
        seventhFailure.Status.Should().Be(HttpStatusCode.BadRequest);
        waitTwoSeconds.Message.Should().Contain("Probeer het over 2 seconden opnieuw.");
        right.Status.Should().Be(HttpStatusCode.Redirect, "after the wait the right password signs in");
    }
}
