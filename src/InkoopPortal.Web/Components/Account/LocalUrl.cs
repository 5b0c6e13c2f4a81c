namespace InkoopPortal.Web.Components.Account;

/// <summary>Where to go after signing in: only an address on this site, never another site (open redirect).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)
            || url.StartsWith("/\\", StringComparison.Ordinal) || url.Any(char.IsControl)
            || !Uri.IsWellFormedUriString(url, UriKind.Relative))
        {
            return "/";
        }

        return url;
    }
}
