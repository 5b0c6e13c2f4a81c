using System.Text.RegularExpressions;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using InkoopPortal.Infrastructure;
using InkoopPortal.Infrastructure.Accounts;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InkoopPortal.IntegrationTests.Accounts;

/// <summary>The first administrator on a fresh database, on both providers: configured, generated, idempotent, raced.</summary>
public partial class AdministratorBootstrapTests
{
    /// <summary>The portal's storage and Identity without the web host (also used by <see cref="AccountHistoryTests"/>).</summary>
    internal static ServiceProvider Services(TestDatabase database) => ServiceCollection(database).BuildServiceProvider();

    internal static IServiceCollection ServiceCollection(TestDatabase database)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddPortalInfrastructure(database.Settings);
        services.AddPortalAccounts();
        return services;
    }

    private static async Task<List<PortalUser>> AdministratorsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().GetUsersInRoleAsync(PortalRoles.Administrator)).ToList();
    }

    private static async Task<bool> PasswordWorksAsync(ServiceProvider services, string email, string password)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is not null && await users.CheckPasswordAsync(user, password);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_configuration_a_generated_password_is_printed_once_and_a_second_start_creates_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = Services(database);
        var firstStart = new StringWriter();
        var secondStart = new StringWriter();

        await services.EnsureAdministratorAsync(new AdministratorSettings(null, null), firstStart);
        await services.EnsureAdministratorAsync(new AdministratorSettings(null, null), secondStart);

        var printed = PrintedPassword().Match(firstStart.ToString());
        printed.Success.Should().BeTrue($"the password is printed: {firstStart}");
        firstStart.ToString().Should().Contain("er is een beheerder aangemaakt").And.Contain(AdministratorSettings.DefaultEmail);
        printed.Groups[1].Value.Should().HaveLength(PasswordGenerator.Length);
        (await PasswordWorksAsync(services, AdministratorSettings.DefaultEmail, printed.Groups[1].Value)).Should().BeTrue();
        secondStart.ToString().Should().BeEmpty("the second start finds the administrator and prints nothing");
        (await AdministratorsAsync(services)).Should().ContainSingle().Which.MustChangePassword
            .Should().BeTrue("a printed password is a one-time password (ADR-027)");
        await using var context = database.CreateContext();
        (await context.Users.CountAsync()).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_configuration_that_account_becomes_administrator_and_nothing_is_printed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = Services(database);
        var console = new StringWriter();

        await services.EnsureAdministratorAsync(new AdministratorSettings("admin@zorgverzekeraar.nl", "geconfigureerd-wachtwoord"), console);

        console.ToString().Should().BeEmpty("a configured password is never printed");
        (await AdministratorsAsync(services)).Select(user => user.Email).Should().Equal("admin@zorgverzekeraar.nl");
        (await AdministratorsAsync(services)).Should().OnlyContain(user => !user.MustChangePassword, "a configured password was chosen");
        (await PasswordWorksAsync(services, "admin@zorgverzekeraar.nl", "geconfigureerd-wachtwoord")).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_configured_common_password_stops_the_start_with_a_Dutch_reason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = Services(database);

        var start = () => services.EnsureAdministratorAsync(new AdministratorSettings("admin@zorgverzekeraar.nl", "wachtwoord12"), TextWriter.Null);

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message
            .Should().Contain("lijst van veelgebruikte wachtwoorden").And.Contain("Admin:Password");
        (await AdministratorsAsync(services)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_configured_password_that_breaks_the_rules_stops_the_start_with_the_reason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = Services(database);

        var start = () => services.EnsureAdministratorAsync(new AdministratorSettings("admin@zorgverzekeraar.nl", "kort"), TextWriter.Null);

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message
            .Should().Contain("minstens 12 tekens").And.Contain("Admin:Password");
        (await AdministratorsAsync(services)).Should().BeEmpty("nothing half-made is left behind");
        await using var context = database.CreateContext();
        (await context.Users.CountAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Several_instances_starting_together_create_one_administrator_and_print_one_password(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var instances = Enumerable.Range(0, 4).Select(_ => (Services: Services(database), Console: new StringWriter())).ToList();
        try
        {
            await Task.WhenAll(instances.Select(instance =>
                Task.Run(() => instance.Services.EnsureAdministratorAsync(new AdministratorSettings(null, null), instance.Console))));

            (await AdministratorsAsync(instances[0].Services)).Should().ContainSingle();
            var printed = instances.Select(instance => instance.Console.ToString()).Where(output => output.Length > 0).ToList();
            printed.Should().ContainSingle("only the instance that created the administrator prints its password");
            var password = PrintedPassword().Match(printed[0]).Groups[1].Value;
            (await PasswordWorksAsync(instances[0].Services, AdministratorSettings.DefaultEmail, password)).Should().BeTrue();
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.Services.DisposeAsync();
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task When_no_administrator_is_left_the_configured_account_becomes_administrator_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = Services(database);
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var existing = new PortalUser { UserName = "admin@zorgverzekeraar.nl", Email = "admin@zorgverzekeraar.nl", DisplayName = "Ex-beheerder" };
            (await users.CreateAsync(existing, "oud-wachtwoord-van-toen")).Succeeded.Should().BeTrue();
            await users.SetLockoutEndDateAsync(existing, DateTimeOffset.MaxValue);
        }

        await services.EnsureAdministratorAsync(new AdministratorSettings("admin@zorgverzekeraar.nl", "nieuw-geconfigureerd-wachtwoord"), TextWriter.Null);

        var administrator = (await AdministratorsAsync(services)).Should().ContainSingle().Subject;
        administrator.DisplayName.Should().Be("Ex-beheerder");
        administrator.LockoutEnd.Should().BeNull("the recovered administrator can sign in");
        (await PasswordWorksAsync(services, "admin@zorgverzekeraar.nl", "nieuw-geconfigureerd-wachtwoord")).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_account_per_email_address_is_enforced_by_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        context.Users.Add(new PortalUser { UserName = "a", NormalizedUserName = "A", Email = "x@y.nl", NormalizedEmail = "X@Y.NL", DisplayName = "A" });
        context.Users.Add(new PortalUser { UserName = "b", NormalizedUserName = "B", Email = "X@y.nl", NormalizedEmail = "X@Y.NL", DisplayName = "B" });

        var save = () => context.SaveChangesAsync();

        await save.Should().ThrowAsync<DbUpdateException>();
    }

    [GeneratedRegex(@"Wachtwoord:\s+(\S+)")]
    private static partial Regex PrintedPassword();
}
