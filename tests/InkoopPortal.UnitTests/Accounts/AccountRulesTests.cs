using System.Reflection;
using InkoopPortal.Application.Accounts;
using Microsoft.AspNetCore.Identity;

namespace InkoopPortal.UnitTests.Accounts;

public class AccountRulesTests
{
    [Fact]
    public void Every_Identity_error_message_is_overridden_in_Dutch()
    {
        var errorMethods = typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.IsVirtual && method.ReturnType == typeof(IdentityError))
            .ToList();

        var notOverridden = errorMethods
            .Where(method => typeof(DutchIdentityErrorDescriber)
                .GetMethod(method.Name, method.GetParameters().Select(parameter => parameter.ParameterType).ToArray())!
                .DeclaringType != typeof(DutchIdentityErrorDescriber))
            .Select(method => method.Name)
            .ToList();

        errorMethods.Should().HaveCountGreaterThan(15);
        notOverridden.Should().BeEmpty("every message a user can see is Dutch");
    }

    [Fact]
    public void Dutch_messages_keep_the_codes_and_name_the_values()
    {
        var describer = new DutchIdentityErrorDescriber();

        describer.PasswordTooShort(12).Should().BeEquivalentTo(new IdentityError
        {
            Code = nameof(IdentityErrorDescriber.PasswordTooShort),
            Description = "Het wachtwoord moet minstens 12 tekens lang zijn.",
        });
        describer.DuplicateEmail("a@b.nl").Description.Should().Be("Er is al een gebruiker met het e-mailadres 'a@b.nl'.");
        describer.InvalidEmail("x").Description.Should().Be("'x' is geen geldig e-mailadres.");
    }

    [Fact]
    public void Rules_ask_for_twelve_characters_and_allow_the_administrators_lock()
    {
        var options = new IdentityOptions();

        AccountRules.Configure(options);

        options.Password.RequiredLength.Should().Be(12);
        options.Lockout.AllowedForNewUsers.Should().BeTrue("an administrator can lock any account");
        options.User.RequireUniqueEmail.Should().BeTrue();
    }

    [Fact]
    public async Task Generated_passwords_are_long_random_and_pass_the_rules()
    {
        var options = new IdentityOptions();
        AccountRules.Configure(options);
        var validator = new PasswordValidator<PortalUser>(new DutchIdentityErrorDescriber());
        var passwords = Enumerable.Range(0, 50).Select(_ => PasswordGenerator.Generate()).ToList();

        passwords.Should().OnlyHaveUniqueItems();
        passwords.Should().OnlyContain(password => password.Length == PasswordGenerator.Length);
        foreach (var password in passwords)
        {
            var result = await validator.ValidateAsync(UserManagerFor(options), new PortalUser(), password);
            result.Succeeded.Should().BeTrue(string.Join(" ", result.Errors.Select(error => error.Description)));
        }
    }

    [Theory]
    [InlineData("Beheerder", UserRole.Administrator)]
    [InlineData("redacteur", UserRole.Editor)]
    [InlineData(" Lezer ", UserRole.Reader)]
    public void Roles_are_read_from_their_Dutch_names(string value, UserRole expected)
    {
        UserRoles.TryParseDutch(value, out var role).Should().BeTrue();
        role.Should().Be(expected);
    }

    [Fact]
    public void An_unknown_role_name_is_not_read()
    {
        UserRoles.TryParseDutch("Keizer", out _).Should().BeFalse();
        UserRoles.FromRoleNames(["Beheerder", "Redacteur"]).Should().Be(UserRole.Administrator);
        UserRoles.FromRoleNames([]).Should().Be(UserRole.Reader);
    }

    private static UserManager<PortalUser> UserManagerFor(IdentityOptions options) =>
        new(new NoStore(), Microsoft.Extensions.Options.Options.Create(options), null!, [], [], null!, new DutchIdentityErrorDescriber(), null!, null!);

    /// <summary>The password validator only reads the options from the manager; it never touches the store.</summary>
    private sealed class NoStore : IUserStore<PortalUser>
    {
        public void Dispose()
        {
        }

        public Task<string> GetUserIdAsync(PortalUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> GetUserNameAsync(PortalUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetUserNameAsync(PortalUser user, string? userName, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> GetNormalizedUserNameAsync(PortalUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetNormalizedUserNameAsync(PortalUser user, string? normalizedName, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> CreateAsync(PortalUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> UpdateAsync(PortalUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> DeleteAsync(PortalUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<PortalUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<PortalUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
