using System.Net;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Import;
using InkoopPortal.Application.Import.ComparisonTable;
using InkoopPortal.TestSupport;
using InkoopPortal.Web.Components.Pages.Editing.Import;
using InkoopPortal.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InkoopPortal.Web.Tests.Editing;

/// <summary>The new-year and import pages over HTTP: who may open them, and what a bad pasted table is told.</summary>
public class NewYearAndImportPageTests(PortalWebApplicationFactory factory) : IClassFixture<PortalWebApplicationFactory>
{
    public static TheoryData<string> EditorPages => new()
    {
        "/redactie/documenten/1/nieuw-jaar",
        "/redactie/concepten",
        "/redactie/concepten/1",
        "/redactie/import",
        "/redactie/import/1",
    };

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_readers_are_refused(string path)
    {
        using var anonymous = await factory.CreateBrowser().GetAsync(path);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.Should().Contain("/account/inloggen?returnUrl=");

        var email = $"lezer-{Guid.NewGuid():N}@pagina.test";
        await factory.CreateUserAsync(email, UserRole.Reader);
        var reader = factory.CreateBrowser();
        await reader.SignInOrFailAsync(email);
        using var refused = await reader.GetAsync(path);
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.Should().Contain("/account/geen-toegang");
    }

    [Fact]
    public async Task An_editor_sees_what_a_new_year_copies_before_creating_the_draft()
    {
        var email = $"redacteur-{Guid.NewGuid():N}@pagina.test";
        await factory.CreateUserAsync(email, UserRole.Editor);
        var editor = factory.CreateBrowser();
        await editor.SignInOrFailAsync(email);

        using var response = await editor.GetAsync("/redactie/documenten/1/nieuw-jaar");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Wat wordt overgenomen").And.Contain("termijnen").And.Contain("Lezers zien het concept pas als u het publiceert");
        using var unknown = await editor.GetAsync("/redactie/documenten/999999/nieuw-jaar");
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("Er is geen gepubliceerd document met nummer 999999");
    }

    [Fact]
    public async Task A_bad_pasted_table_is_answered_with_its_line_and_column_in_Dutch()
    {
        var table = string.Join('\n', "Vergelijking 2024", "", "Onderwerp\tCZ", "Regioplan\teen\ttwee", "");
        var refusal = Assert.Throws<ImportFailedException>(() => ComparisonTableParser.Parse(table));

        var html = await RenderAsync<ImportProblemList>(new Dictionary<string, object?> { ["Problems"] = refusal.Problems });

        html.Should().Contain("Regel 4, kolom 3: Deze regel heeft 3 cellen, maar de kop heeft er 2.")
            .And.Contain("Uw tekst of bestand staat nog klaar");
    }

    private async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
