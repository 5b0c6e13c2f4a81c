using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.History;
using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.IntegrationTests.Accounts;

/// <summary>Account changes are in the history like content: who, when, before and after, never a password hash.</summary>
public class AccountHistoryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Creating_a_user_giving_a_role_and_renaming_are_recorded_for_the_administrator_without_secrets(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var serviceProvider = AdministratorBootstrapTests.Services(database);
        var administrator = new AuditActor("beheerder-1", "Anna Beheerder");

        await using (var scope = serviceProvider.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IAccountHistory>().RecordAs(administrator);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = "rik@voorbeeld.nl", Email = "rik@voorbeeld.nl", DisplayName = "Rik Redacteur" };
            (await users.CreateAsync(user, "een-lang-genoeg-wachtwoord")).Succeeded.Should().BeTrue();
            (await users.AddToRoleAsync(user, PortalRoles.Editor)).Succeeded.Should().BeTrue();
            user.DisplayName = "Rik de Redacteur";
            (await users.UpdateAsync(user)).Succeeded.Should().BeTrue();
        }

        await using var context = database.CreateContext();
        var entries = await context.AuditEntries.AsNoTracking().OrderBy(entry => entry.Id).ToListAsync();
        var userEntries = entries.Where(entry => entry.EntityType == nameof(PortalUser)).ToList();
        userEntries.Select(entry => entry.Action).Should().Equal(AuditAction.Created, AuditAction.Updated);
        userEntries[0].After.Should().Contain("rik@voorbeeld.nl");
        userEntries[1].Before.Should().Contain("Rik Redacteur");
        userEntries[1].After.Should().Contain("Rik de Redacteur");
        entries.Should().Contain(entry => entry.EntityType.Contains("UserRole") && entry.Action == AuditAction.Created);
        entries.Where(entry => entry.EntityType == nameof(PortalUser) || entry.EntityType.Contains("UserRole"))
            .Should().OnlyContain(entry => entry.UserName == "Anna Beheerder" && entry.UserId == "beheerder-1");
        entries.Should().OnlyContain(entry => !(entry.After ?? "").Contains("PasswordHash") && !(entry.Before ?? "").Contains("SecurityStamp"));
    }
}
