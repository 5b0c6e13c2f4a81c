using InkoopPortal.Application.Comparison;
using InkoopPortal.Application.Persistence;
using Microsoft.AspNetCore.OutputCaching;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// The matrix page's whole response is kept per query string, "Mijn regio" cookie and content version, so an
/// unchanged matrix is served as stored bytes. The content version is read from the database on every request: an
/// import or edit through any instance makes every instance render afresh (ADR-005).
/// </summary>
public static class PortalOutputCache
{
    public const string MatrixPolicy = "matrix";

    public static WebApplicationBuilder AddPortalOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            options.SizeLimit = 256L * 1024 * 1024;
            options.MaximumBodySize = 16L * 1024 * 1024;
            options.AddPolicy(MatrixPolicy, new ContentVersionPolicy());
        });
        return builder;
    }

    /// <summary>Caches anonymous GET/HEAD 200 responses without cookies being set, varied by the content version.</summary>
    private sealed class ContentVersionPolicy : IOutputCachePolicy
    {
        // A prerendered page carries Blazor's server component descriptors, which expire after five minutes; a
        // stored page must start its circuit well within that.
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(4);

        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            // A signed-in user's page may differ from a reader's (user menu, drafts for editors): it is neither
            // stored nor served from the store.
            if (context.HttpContext.User.Identity?.IsAuthenticated == true)
            {
                context.EnableOutputCaching = false;
                return;
            }

            var request = context.HttpContext.Request;
            var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["mijn-regio"] = request.Cookies[MyRegionChoice.CookieName] ?? "";
            if (cacheable)
            {
                LeaveOffAntiforgeryCookie(context.HttpContext.Response);
            }

            var contexts = context.HttpContext.RequestServices.GetRequiredService<IPortalDbContextFactory>();
            await using var database = contexts.CreateDbContext();
            context.CacheVaryByRules.VaryByValues["content-version"] =
                (await ContentVersions.CurrentAsync(database, cancellationToken)).ToString("N");
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }

        /// <summary>
        /// An interactive page always asks for an antiforgery token, which sets its cookie on a first visit. The matrix
        /// page posts no form, so that cookie is left off rather than stored and handed to every visitor. Any other
        /// cookie means a personal response, which is never stored (see <see cref="ServeResponseAsync"/>).
        /// </summary>
        private static void LeaveOffAntiforgeryCookie(HttpResponse response) => response.OnStarting(() =>
        {
            var cookies = response.Headers.SetCookie;
            if (cookies.Count > 0 && cookies.All(cookie => cookie?.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal) == true))
            {
                response.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.SetCookie);
            }

            return Task.CompletedTask;
        });

        private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";
    }
}
