using System.Security.Claims;
using InkoopPortal.Application.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InkoopPortal.Web.Security;

/// <summary>
/// Puts the user's display name into the sign-in cookie, so the menu and the history need no database look-up, and
/// marks a session whose password must still be changed (<see cref="PasswordChangeGate"/>).
/// </summary>
public sealed class PortalClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountRules.DisplayNameClaim, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountRules.MustChangePasswordClaim, "true"));
        }
        return identity;
    }
}
