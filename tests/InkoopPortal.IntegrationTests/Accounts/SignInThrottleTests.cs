using InkoopPortal.Infrastructure;
using InkoopPortal.Infrastructure.Accounts;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Accounts;

/// <summary>The sign-in throttle's counts in the database, on both providers: shared by instances, atomic, forgotten.</summary>
public class SignInThrottleTests
{
    /// <summary>One app instance's throttle on <paramref name="database"/> with its own clock.</summary>
    private static (ServiceProvider Services, SignInThrottle Throttle) Instance(TestDatabase database, TimeProvider clock)
    {
        var services = AdministratorBootstrapTests.ServiceCollection(database);
        services.AddSingleton(clock);
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<SignInThrottle>());
    }

    /// <summary>The database keeps times in whole milliseconds; so does this clock, so waits come out exact.</summary>
    private static ManualClock WholeMilliseconds() =>
        new(DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Failures_counted_by_two_instances_at_once_are_all_counted_and_both_make_the_same_wait(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = WholeMilliseconds();
        var (firstServices, first) = Instance(database, clock);
        var (secondServices, second) = Instance(database, clock);
        await using var _ = firstServices;
        await using var __ = secondServices;
        var account = ThrottleSubject.ForAccount("Iemand@Voorbeeld.nl");

        // 8 failures, 4 through each instance, at the same time.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? first : second).RecordFailureAsync([account])));
        var waitFirst = await first.WaitAsync([account]);
        var waitSecond = await second.WaitAsync([ThrottleSubject.ForAccount("  iemand@voorbeeld.NL ")]);

        // Free 5; the 6th makes 1 s, the 7th 2 s, the 8th 4 s.
        waitFirst.Should().Be(TimeSpan.FromSeconds(4), "every failure of both instances is counted");
        waitSecond.Should().Be(waitFirst, "the other instance and the same address in other letters see the same count");
        clock.Advance(TimeSpan.FromSeconds(4));
        (await second.WaitAsync([account])).Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_are_forgotten_after_a_day_without_failures_and_on_request(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = WholeMilliseconds();
        var (services, throttle) = Instance(database, clock);
        await using var _ = services;
        var client = ThrottleSubject.ForClient("198.51.100.7");
        var account = ThrottleSubject.ForAccount("beheerder@voorbeeld.nl");
        for (var i = 0; i < 25; i++)
        {
            await throttle.RecordFailureAsync([client, account]);
        }

        var wait = await throttle.WaitAsync([client, account]);
        await throttle.ForgetAccountAsync("beheerder@voorbeeld.nl");
        var clientOnly = await throttle.WaitAsync([client, account]);
        clock.Advance(SignInThrottle.ForgetAfter + TimeSpan.FromSeconds(1));
        await throttle.RecordFailureAsync([client]);
        var afterADay = await throttle.WaitAsync([client]);

        wait.Should().Be(TimeSpan.FromMinutes(15), "the account's wait has grown to its maximum");
        clientOnly.Should().Be(TimeSpan.FromSeconds(16), "the client's count stays when the account is unlocked (25 failures, 20 free)");
        afterADay.Should().Be(TimeSpan.Zero, "after a day without failures the count starts again at one");
        await using var context = database.CreateContext();
        (await context.SignInAttempts.FindAsync(client.Value))!.Failures.Should().Be(1);
    }
}
