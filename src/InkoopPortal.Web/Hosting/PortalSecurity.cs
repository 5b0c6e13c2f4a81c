using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Security;
using InkoopPortal.Infrastructure;
using InkoopPortal.Infrastructure.Accounts;
using InkoopPortal.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace InkoopPortal.Web.Hosting;

/// <summary>
/// Accounts and access (ADR-007): ASP.NET Core Identity on the portal's database with its cookie, the policies
/// <see cref="PortalPolicies.Read"/>, <see cref="PortalPolicies.Edit"/> and <see cref="PortalPolicies.Administer"/>,
/// the authentication state for Blazor, and the current user for the Application layer.
/// </summary>
public static class PortalSecurity
{
    public const string SignInPath = "/account/inloggen";
    public const string SignOutPath = "/account/uitloggen";
    public const string AccessDeniedPath = "/account/geen-toegang";
    public const string ChangePasswordPath = "/account/wachtwoord";
    public const string ReturnUrlParameter = "returnUrl";

    /// <summary><c>Portal:ReadRequiresSignIn</c>: when true, only signed-in users read the portal (default: everyone).</summary>
    public const string ReadRequiresSignInKey = "Portal:ReadRequiresSignIn";

    /// <summary>How soon a lock, a role change, a new password or a sign-out reaches open circuits (requests: at once).</summary>
    public static readonly TimeSpan CircuitRevalidationInterval = TimeSpan.FromSeconds(30);

    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddPortalAccounts()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = SignOutPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.ReturnUrlParameter = ReturnUrlParameter;
            cookie.ExpireTimeSpan = PortalSessions.SlidingLifetime;
            cookie.SlidingExpiration = true;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // The JSON API and the calendar feed answer 401/403: a program cannot follow a redirect to the sign-in page.
            cookie.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
            // Sessions (ADR-024): the absolute lifetime and the security stamp on every request.
            var stampCheck = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = context => PortalSessions.ValidateAsync(context, stampCheck);
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            options.OnRefreshingPrincipal = PortalSessions.KeepSignInTime;
        });
        services.AddScoped<PortalSessions>();
        services.AddScoped<PortalSignIn>();

        var readRequiresSignIn = builder.Configuration.GetValue<bool>(ReadRequiresSignInKey);
        services.AddAuthorizationBuilder()
            .AddPolicy(PortalPolicies.Read, policy =>
            {
                if (readRequiresSignIn)
                {
                    policy.RequireAuthenticatedUser();
                }
                else
                {
                    policy.RequireAssertion(_ => true);
                }
            })
            .AddPolicy(PortalPolicies.Edit, policy => policy.RequireRole(PortalRoles.Editor, PortalRoles.Administrator))
            .AddPolicy(PortalPolicies.Administer, policy => policy.RequireRole(PortalRoles.Administrator));

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddScoped<IPortalAuthorization>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddScoped<UserAdministration>();
        return builder;
    }

    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatusCode)
    {
        // The calendar feed too: a calendar client would otherwise subscribe to the sign-in page's HTML.
        if (InkoopPortal.Web.Api.PortalApi.IsForPrograms(context.Request.Path)
            || context.Request.Path.Equals(InkoopPortal.Application.Agenda.AgendaRequest.FeedPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = apiStatusCode;
        }
        else if (apiStatusCode == StatusCodes.Status403Forbidden && RequiredPolicy.Of(context.HttpContext.GetEndpoint()?.Metadata) is { } policy)
        {
            // The access-denied page names the role this page needs (ADR-027).
            context.Response.Redirect(QueryHelpers.AddQueryString(context.RedirectUri, RequiredPolicy.QueryParameter, policy));
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>Authentication and authorization, after the error pages and before antiforgery and the output cache.</summary>
    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePasswordChangeGate();
        return app;
    }

    /// <summary>Creates the first administrator when there is none (after the migrations; see <see cref="AdministratorBootstrap"/>).</summary>
    public static Task EnsurePortalAdministratorAsync(this WebApplication app) =>
        app.Services.EnsureAdministratorAsync(AdministratorSettings.FromConfiguration(app.Configuration), Console.Out);
}
