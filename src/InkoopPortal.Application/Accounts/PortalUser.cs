using Microsoft.AspNetCore.Identity;

namespace InkoopPortal.Application.Accounts;

/// <summary>
/// A person who signs in: an ASP.NET Core Identity user (the user name is the e-mail address) with the name shown in
/// the menu and recorded in the history. It lives here, not in Domain, because it derives from Identity's type.
/// </summary>
public class PortalUser : IdentityUser
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = "";
}
