using InkoopPortal.Application.Accounts;
using InkoopPortal.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;

namespace InkoopPortal.Web.Security;

/// <summary>
/// The one place where a one-time password is enforced (ADR-027): while the signed-in user's
/// <see cref="PortalUser.MustChangePassword"/> holds (the claim <see cref="AccountRules.MustChangePasswordClaim"/>,
/// rebuilt from the database on every request by the security-stamp check), every page that states an access rule
/// sends them to the password page, which brings them back afterwards; programs and other endpoints get 403. The
/// password page itself, sign-out and anonymous pages (sign-in, errors), static files and the Blazor hub stay open.
/// </summary>
public static class PasswordChangeGate
{
    public const string BlockedMessage =
        "U bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen wachtwoord op /account/wachtwoord.";

    public static WebApplication UsePasswordChangeGate(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (!MustChangePassword(context) || !IsGated(context))
            {
                return next(context);
            }

            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                var here = context.Request.Path + context.Request.QueryString;
                context.Response.Redirect($"{PortalSecurity.ChangePasswordPath}?{PortalSecurity.ReturnUrlParameter}={Uri.EscapeDataString(here)}");
                return Task.CompletedTask;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsync(BlockedMessage);
        });
        return app;
    }

    public static bool MustChangePassword(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.HasClaim(claim => claim.Type == AccountRules.MustChangePasswordClaim);

    /// <summary>Endpoints with an access rule, except the password page: reading, editing and administering alike.</summary>
    private static bool IsGated(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        return metadata is not null
            && metadata.GetMetadata<IAuthorizeData>() is not null
            && metadata.GetMetadata<IAllowAnonymous>() is null
            && !context.Request.Path.StartsWithSegments(PortalSecurity.ChangePasswordPath, StringComparison.OrdinalIgnoreCase);
    }
}
