using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.Review;
using InkoopPortal.Application.Persistence;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Hosting;
using InkoopPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.Web.Tests.Import;

/// <summary>
/// Large imports travel over <c>POST /redactie/import/concept</c>, not through the circuit: the endpoint's checks
/// (antiforgery, role, the import limit), and the circuit's own message limit for anyone (ADR-022).
/// </summary>
public class ImportUploadTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    private const string Table = "Onderwerp\tCZ\tVGZ\nRegioplan/ regiobeeld\tRegioplan via HTTP (upload 2033)\tGeen bijzonderheden\n";

    [Fact]
    public async Task An_editor_saves_a_paste_as_drafts_over_HTTP_and_gets_the_review_page()
    {
        var editor = await SignedInAsync(UserRole.Editor);

        using var response = await PostAsync(editor, await TokenAsync(editor), Encoding.UTF8.GetBytes(Table), pasted: true);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<ImportUploadAnswer>(JsonSerializerOptions.Web);
        answer!.Adres.Should().MatchRegex(@"^redactie/import/\d+$");
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var sourceId = int.Parse(answer.Adres.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        (await context.PolicyDocuments.CountAsync(document => document.ImportSourceId == sourceId && document.Status == Domain.Documents.DocumentStatus.Draft))
            .Should().Be(2, "one draft per purchaser, as the page made them before");
    }

    [Fact]
    public async Task A_save_that_differs_from_the_preview_or_lacks_the_antiforgery_token_is_refused_in_Dutch_and_stores_nothing()
    {
        var editor = await SignedInAsync(UserRole.Editor);
        var before = await SourceCountAsync();

        using var changed = await PostAsync(editor, await TokenAsync(editor), Encoding.UTF8.GetBytes(Table), pasted: true, previewKey: "een ander voorbeeld");
        using var forged = await PostAsync(editor, token: null, Encoding.UTF8.GetBytes(Table), pasted: true);

        changed.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await changed.Content.ReadAsStringAsync()).Should().Contain("gewijzigd na het voorbeeld");
        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await forged.Content.ReadAsStringAsync()).Should().Contain("Het formulier is verlopen");
        (await SourceCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Readers_and_anonymous_visitors_cannot_post_an_import()
    {
        var reader = await SignedInAsync(UserRole.Reader);
        using var refused = await PostAsync(reader, await TokenAsync(reader), Encoding.UTF8.GetBytes(Table), pasted: true);
        using var anonymous = await PostAsync(factory.CreateBrowser(), "", Encoding.UTF8.GetBytes(Table), pasted: true);

        refused.StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (refused.StatusCode == HttpStatusCode.Redirect)
        {
            refused.Headers.Location!.OriginalString.Should().Contain("/account/geen-toegang");
        }

        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.Should().Contain("/account/inloggen");
    }

    [Fact]
    public async Task An_editor_uploads_a_pdf_whose_original_is_served_inline_byte_for_byte_and_whose_sections_keep_their_pages()
    {
        var editor = await SignedInAsync(UserRole.Editor);
        var bytes = await File.ReadAllBytesAsync(TestSupport.Documents.FixturePages.PdfPath("one-column-numbered"));

        using var response = await PostAsync(editor, await TokenAsync(editor), bytes, new Upload(
            "wijkverpleging-upload-2027.pdf", Format: ImportUploads.FormatAutomatic, Year: 2027, CareType: "msz", Purchaser: "cz",
            MediaType: "application/pdf"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<ImportUploadAnswer>(JsonSerializerOptions.Web);
        var sourceId = int.Parse(answer!.Adres.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using (var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext())
        {
            var source = await context.SourceDocuments.SingleAsync(candidate => candidate.Id == sourceId);
            source.ContentType.Should().Be("application/pdf");
            source.PageCount.Should().Be(2);
            (await context.DocumentSections.Where(section => section.SourceDocumentId == sourceId).Select(section => section.SourcePage).Distinct().ToListAsync())
                .Should().BeEquivalentTo(new int?[] { 1, 2 });
        }

        using var original = await editor.GetAsync($"/bronnen/{sourceId}/wijkverpleging-upload-2027.pdf");
        original.StatusCode.Should().Be(HttpStatusCode.OK);
        original.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        original.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
        string.Join(";", original.Headers.GetValues("Content-Security-Policy")).Should().Contain("default-src 'none'").And.NotContain("sandbox");
        (await original.Content.ReadAsByteArrayAsync()).Should().Equal(bytes);
    }

    [Theory]
    [InlineData(ImportOptions.DefaultMaxFileBytes + 1)]
    [InlineData(50L * 1024 * 1024)]
    public async Task A_file_over_the_import_limit_is_refused_naming_the_limit_and_nothing_is_stored(long length)
    {
        var editor = await SignedInAsync(UserRole.Editor);
        var before = await SourceCountAsync();
        var bytes = new byte[length];
        Encoding.UTF8.GetBytes(Table).CopyTo(bytes, 0);
        bytes.AsSpan(Table.Length).Fill((byte)'x');

        using var response = await PostAsync(editor, await TokenAsync(editor), bytes, pasted: false);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("een import mag ten hoogste 10 MB zijn");
        response.Content.Headers.ContentLength.Should().BeLessThan(4096);
        (await SourceCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_circuit_refuses_a_message_over_SignalRs_32_KB_from_an_anonymous_visitor()
    {
        var client = factory.CreateClient();
        using var negotiate = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        negotiate.EnsureSuccessStatusCode();
        var connectionToken = (await negotiate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connectionToken").GetString();
        var sockets = factory.Server.CreateWebSocketClient();
        using var socket = await sockets.ConnectAsync(new Uri(factory.Server.BaseAddress, $"/_blazor?id={connectionToken}").ToWs(), CancellationToken.None);
        await SendAsync(socket, "{\"protocol\":\"blazorpack\",\"version\":1}\u001e");
        (await ReceiveAsync(socket)).Should().StartWith("{}", "the handshake is accepted");

        // 40,000 characters in one invocation (as a bound paste would arrive). With the old 6 MB limit the hub
        // answered it with a completion (wrong arguments); within SignalR's 32 KB it closes the connection instead.
        await socket.SendAsync(BlazorPackInvocation("BeginInvokeDotNetFromJS", new string('x', 40_000)), WebSocketMessageType.Binary, true, CancellationToken.None);

        var types = new List<int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (socket.State == WebSocketState.Open && !timeout.IsCancellationRequested)
        {
            var message = await ReceiveBytesAsync(socket, timeout.Token);
            if (message is null)
            {
                break;
            }

            types.AddRange(MessageTypes(message));
        }

        types.Should().NotContain(3, "the invocation was never handled (3: completion)");
        types.Should().Contain(7, "the server closes the connection (7: close)");
    }

    /// <summary>A MessagePack-framed SignalR invocation: [1, {}, "1", target, [argument], []] behind its varint length.</summary>
    private static byte[] BlazorPackInvocation(string target, string argument)
    {
        var body = new List<byte> { 0x96, 0x01, 0x80, 0xa1, (byte)'1', (byte)(0xa0 | target.Length) };
        body.AddRange(Encoding.ASCII.GetBytes(target));
        body.AddRange([0x91, 0xda, (byte)(argument.Length >> 8), (byte)argument.Length]);
        body.AddRange(Encoding.ASCII.GetBytes(argument));
        body.Add(0x90);
        var framed = new List<byte>();
        for (var length = body.Count; ; length >>= 7)
        {
            framed.Add((byte)(length >= 0x80 ? (length & 0x7f) | 0x80 : length));
            if (length < 0x80)
            {
                break;
            }
        }

        return [.. framed, .. body];
    }

    /// <summary>The SignalR message types in one binary frame (each message: varint length, then [type, ...]).</summary>
    private static IEnumerable<int> MessageTypes(byte[] frame)
    {
        var position = 0;
        while (position < frame.Length)
        {
            int length = 0, shift = 0;
            byte next;
            do
            {
                next = frame[position++];
                length |= (next & 0x7f) << shift;
                shift += 7;
            }
            while ((next & 0x80) != 0);

            yield return frame[position + 1];
            position += length;
        }
    }

    private static async Task<byte[]?> ReceiveBytesAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    private async Task<HttpClient> SignedInAsync(UserRole role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@upload.test".ToLowerInvariant();
        await factory.CreateUserAsync(email, role);
        var client = factory.CreateBrowser();
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>The signed-in user's antiforgery token, from a page with a form.</summary>
    private static Task<string> TokenAsync(HttpClient client) => Accounts.AntiforgeryTokenAsync(client, "/account/wachtwoord");

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string? token, byte[] bytes, bool pasted, string? previewKey = null) =>
        PostAsync(client, token, bytes, new Upload(pasted ? EditorImportInput.PastedFileName : "tabel.txt", pasted), previewKey);

    /// <summary>What is uploaded besides the bytes: a comparison table for 2033 unless said otherwise.</summary>
    private sealed record Upload(
        string FileName, bool Pasted = false, string Format = ImportUploads.FormatTable, int Year = 2033, string CareType = "huisartsenzorg",
        string? Purchaser = null, string MediaType = "text/plain");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? token, byte[] bytes, Upload upload, string? previewKey = null)
    {
        var fileName = upload.FileName;
        var input = new EditorImportInput(bytes, fileName, upload.Year, [upload.CareType], ImportUploads.Format(upload.Format), upload.Purchaser);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(upload.Format), ImportUploads.FormatField },
            { new StringContent(upload.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ImportUploads.YearField },
            { new StringContent(upload.CareType), ImportUploads.CareTypeField },
            { new StringContent(previewKey ?? ImportUploads.PreviewKey(input)), ImportUploads.PreviewField },
        };
        if (upload.Pasted)
        {
            content.Add(new StringContent("ja"), ImportUploads.PastedField);
        }

        if (upload.Purchaser is { } purchaser)
        {
            content.Add(new StringContent(purchaser), ImportUploads.PurchaserField);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(upload.MediaType);
        content.Add(file, ImportUploads.FileField, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, ImportUploads.Path) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await client.SendAsync(request);
    }

    private async Task<int> SourceCountAsync()
    {
        await using var context = factory.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return await context.SourceDocuments.CountAsync();
    }

    private static Task SendAsync(WebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>One whole text message, or "" when the server closed the socket.</summary>
    private static async Task<string> ReceiveAsync(WebSocket socket) =>
        await ReceiveBytesAsync(socket, CancellationToken.None) is { } bytes ? Encoding.UTF8.GetString(bytes) : "";
}

internal static class WebSocketUris
{
    public static Uri ToWs(this Uri uri) => new UriBuilder(uri) { Scheme = uri.Scheme == "https" ? "wss" : "ws" }.Uri;
}
