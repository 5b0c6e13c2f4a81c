using System.Collections.Concurrent;
using InkoopPortal.Application.Comparison;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace InkoopPortal.Bench.Hosting;

/// <summary>
/// A diagnostic, not a variant of the brief: a minimal stand-alone version of the portal's output cache
/// (<c>PortalOutputCache</c>), to compare its overhead with: the whole prerendered response per content version, query
/// and "Mijn regio" cookie. Each request reads the content version with one raw primary-key lookup; a hit writes the
/// stored bytes, a miss fetches the real page once. Entries live 4 minutes: a prerendered page carries Blazor's server
/// component descriptors, which expire after 5.
/// </summary>
public sealed class ResponseCacheExperiment(NpgsqlDataSource dataSource, IHttpClientFactory clients)
{
    public const string Path = "/bench/antwoordcache";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(4);

    private readonly ConcurrentDictionary<string, (byte[] Body, string ContentType, DateTime Expires)> _responses = new();

    public Uri? PortalAddress { get; set; }

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        Guid version;
        await using (var command = dataSource.CreateCommand("SELECT token FROM content_versions WHERE id = 1"))
        {
            version = (Guid)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        var cookie = context.Request.Cookies[MyRegionChoice.CookieName] ?? "";
        var key = $"{version}|{context.Request.QueryString}|{cookie}";
        if (!_responses.TryGetValue(key, out var entry) || entry.Expires < DateTime.UtcNow)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(PortalAddress!, BenchMatrixPath + context.Request.QueryString));
            if (cookie.Length > 0)
            {
                request.Headers.Add("Cookie", $"{MyRegionChoice.CookieName}={cookie}");
            }

            using var response = await clients.CreateClient().SendAsync(request, cancellationToken);
            entry = (await response.Content.ReadAsByteArrayAsync(cancellationToken), response.Content.Headers.ContentType?.ToString() ?? "text/html", DateTime.UtcNow + Lifetime);
            _responses[key] = entry;
        }

        context.Response.ContentType = entry.ContentType;
        context.Response.ContentLength = entry.Body.Length;
        await context.Response.Body.WriteAsync(entry.Body, cancellationToken);
    }

    private const string BenchMatrixPath = "/vergelijk";
}
