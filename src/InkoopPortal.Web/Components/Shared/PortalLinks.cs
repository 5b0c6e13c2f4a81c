namespace InkoopPortal.Web.Components.Shared;

/// <summary>Addresses of the portal's pages, relative to &lt;base href="/"&gt;, so every page links to them the same way.</summary>
internal static class PortalLinks
{
    public const string Purchasers = "inkopers";

    public static string Purchaser(string slug) => $"inkopers/{Uri.EscapeDataString(slug)}";

    public static string Document(int id) => $"documenten/{id}";

    /// <summary>
    /// An anchor on the page itself. A plain "#id" would resolve against &lt;base href="/"&gt; and lead to the start page.
    /// </summary>
    public static string Anchor(string pagePath, string id) => $"{pagePath}#{id}";
}
