using InkoopPortal.Application.Security;

namespace InkoopPortal.Application.Accounts;

/// <summary>The one role a user has in the portal; <see cref="Reader"/> means no Identity role.</summary>
public enum UserRole
{
    Reader,
    Editor,
    Administrator,
}

public static class UserRoles
{
    /// <summary>The Identity role name, or null for a reader.</summary>
    public static string? RoleName(this UserRole role) => role switch
    {
        UserRole.Administrator => PortalRoles.Administrator,
        UserRole.Editor => PortalRoles.Editor,
        _ => null,
    };

    /// <summary>The highest portal role among Identity role names.</summary>
    public static UserRole FromRoleNames(IEnumerable<string> roleNames)
    {
        var names = roleNames.ToHashSet(StringComparer.Ordinal);
        return names.Contains(PortalRoles.Administrator) ? UserRole.Administrator
            : names.Contains(PortalRoles.Editor) ? UserRole.Editor
            : UserRole.Reader;
    }

    public static string DutchName(this UserRole role) => role switch
    {
        UserRole.Administrator => "Beheerder",
        UserRole.Editor => "Redacteur",
        _ => "Lezer",
    };

    /// <summary>Reads a role from a form value ("Lezer", "Redacteur", "Beheerder", case-insensitive).</summary>
    public static bool TryParseDutch(string? value, out UserRole role)
    {
        foreach (var candidate in Enum.GetValues<UserRole>())
        {
            if (string.Equals(candidate.DutchName(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = UserRole.Reader;
        return false;
    }
}
