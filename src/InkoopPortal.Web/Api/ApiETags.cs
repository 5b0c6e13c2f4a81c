using System.Security.Cryptography;
using System.Text;
using InkoopPortal.Application.Api;
using Microsoft.Net.Http.Headers;

namespace InkoopPortal.Web.Api;

/// <summary>
/// Weak ETags for the API: one per content version and request (path and query), so any import or edit changes
/// every ETag and a client that sends <c>If-None-Match</c> with the current one gets 304 without a body.
/// </summary>
public sealed class ApiETags(ApiReadQuery query) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var version = await query.ContentVersionAsync(http.RequestAborted);
        var tag = For(version, http.Request.Path + http.Request.QueryString);
        if (Matches(http.Request.Headers.IfNoneMatch, tag))
        {
            http.Response.Headers.ETag = tag.ToString();
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var response = http.Response;
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.Headers.ETag = tag.ToString();
                // Clients may keep the answer but must ask again (cheaply, with If-None-Match) before using it.
                response.Headers.CacheControl = "no-cache";
            }

            return Task.CompletedTask;
        });
        return await next(context);
    }

    public static EntityTagHeaderValue For(Guid contentVersion, string pathAndQuery)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{contentVersion:N}|{pathAndQuery}"));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash, 0, 16)}\"", isWeak: true);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, EntityTagHeaderValue tag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
}
