namespace InkoopPortal.Web.Hosting;

/// <summary>
/// Security headers on every response: pages, static files, the error and not-found pages, health probes. They are
/// added when the response starts, so the exception handler (which clears the headers) cannot drop them. The policy
/// has no nonces: a nonce would differ per response and break the matrix page's output cache. MudBlazor sets inline
/// styles, hence <c>'unsafe-inline'</c> for styles only; scripts come from the portal's own files.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>The <see cref="HttpContext.Items"/> key under which an endpoint puts a stricter Content-Security-Policy.</summary>
    public const string OwnPolicyKey = "InkoopPortal.ContentSecurityPolicy";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // An endpoint may ask for a stricter policy of its own (an original source file is served in a sandbox).
                headers.ContentSecurityPolicy = context.Items.TryGetValue(OwnPolicyKey, out var own) && own is string policy
                    ? policy
                    : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                if (IsPersonal(context.Request.Path))
                {
                    // Account pages show personal data and one-time passwords: never kept by a browser or proxy.
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static bool IsPersonal(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/beheer");
}
