namespace InkoopPortal.Web.Hosting;

/// <summary>
/// Kestrel answers a request line over 8 KB with a bare 414 before the app sees it. A search query pasted at
/// 10,000 characters (three times that when it is punctuation, once percent-encoded) must reach the search page,
/// which answers with a Dutch message instead (ADR-018).
/// </summary>
public static class PortalRequestLimits
{
    public const int MaximumRequestLineBytes = 64 * 1024;

    public static WebApplicationBuilder AddPortalRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestLineSize = MaximumRequestLineBytes);
        return builder;
    }
}
