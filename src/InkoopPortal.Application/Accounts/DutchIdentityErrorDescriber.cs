using Microsoft.AspNetCore.Identity;

namespace InkoopPortal.Application.Accounts;

/// <summary>Every Identity error in Dutch (a unit test checks that no message of the base class is left over).</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er is een onbekende fout opgetreden.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Iemand anders heeft deze gebruiker intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het wachtwoord is onjuist.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "De code is ongeldig of verlopen.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), "De herstelcode is niet geaccepteerd.");

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), "Er is al een gebruiker met deze externe aanmelding.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"'{userName}' kan niet als gebruikersnaam worden gebruikt: alleen letters a-z, cijfers en - . _ @ + zijn toegestaan.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"'{email}' is geen geldig e-mailadres.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Er is al een gebruiker met het e-mailadres '{userName}'.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"Er is al een gebruiker met het e-mailadres '{email}'.");

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"'{role}' is geen geldige rol.");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"De rol '{role}' bestaat al.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Deze gebruiker heeft al een wachtwoord.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Blokkeren is voor deze gebruiker niet ingeschakeld.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"De gebruiker heeft de rol '{role}' al.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"De gebruiker heeft de rol '{role}' niet.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet minstens één teken bevatten dat geen letter of cijfer is.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet minstens één cijfer bevatten.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Het wachtwoord moet minstens één kleine letter bevatten.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet minstens één hoofdletter bevatten.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
