namespace InkoopPortal.Application.Security;

/// <summary>
/// The portal's roles, stored by these (Dutch) names in ASP.NET Core Identity. A signed-in user without a role is a
/// reader ("lezer"): reading is open by default and can be limited to signed-in users by configuration.
/// </summary>
public static class PortalRoles
{
    /// <summary>Manages users and reference data (purchasers, care types, topics); may also edit policies.</summary>
    public const string Administrator = "Beheerder";

    /// <summary>Edits policies: documents, statements, changes, conditions, deadlines, figures; imports tables.</summary>
    public const string Editor = "Redacteur";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor];
}

/// <summary>Authorization policy names, used on pages (<c>[Authorize(Policy = ...)]</c>) and in services.</summary>
public static class PortalPolicies
{
    /// <summary>Reading the matrix and the content pages: everyone, or signed-in users when configured so.</summary>
    public const string Read = "Lezen";

    /// <summary>Writing policy content: <see cref="PortalRoles.Editor"/> or <see cref="PortalRoles.Administrator"/>.</summary>
    public const string Edit = "Redigeren";

    /// <summary>Managing users and reference data: <see cref="PortalRoles.Administrator"/>.</summary>
    public const string Administer = "Beheren";
}
