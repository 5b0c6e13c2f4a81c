using System.Text.RegularExpressions;
using InkoopPortal.Application.Accounts;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InkoopPortal.EndToEndTests.Administration;

/// <summary>
/// An administrator edits reference data in Chromium: an alias added to a purchaser, a topic renamed and the matrix
/// showing the new name. The test puts both back afterwards (the portal is shared by the e2e tests).
/// </summary>
public class ReferenceDataEditingTests(PortalFixture portal, ITestOutputHelper output) : PortalPageTest(portal, output)
{
    private const string TopicSlug = "arbeidsmarktproblematiek";

    [Fact]
    public Task An_administrator_adds_an_alias_and_renames_a_topic_that_the_matrix_then_shows() => RunAsync(async () =>
    {
        var (topicId, topicName) = await TopicAsync();
        var renamed = topicName + " (beheer)";
        try
        {
            await SignInAsync("/beheer/inkopers/dsw");
            await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
            var aliases = Page.GetByLabel("Aliassen");
            var existing = await aliases.InputValueAsync();
            await aliases.FillAsync(existing + (existing.Length > 0 ? "\n" : "") + "DSW Zorgverzekeraar Schiedam");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
            await Expect(Page.GetByTestId("melding")).ToHaveTextAsync("De inkoper is opgeslagen.");
            (await AliasesAsync("dsw")).Should().Contain("DSW Zorgverzekeraar Schiedam");

            await Page.GotoAsync($"/beheer/onderwerpen/{topicId}");
            await Page.WaitForBlazorAsync();
            await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
            await Page.GetByLabel("Naam", new() { Exact = true }).FillAsync("");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
            await Expect(Page.GetByTestId("melding-Name")).ToHaveTextAsync("Vul de naam in.");
            await Page.GetByLabel("Naam", new() { Exact = true }).FillAsync(renamed);
            await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
            await Expect(Page.GetByTestId("melding")).ToHaveTextAsync("Het onderwerp is opgeslagen.");

            await Page.GotoAsync("/beheer/onderwerpen");
            await Page.WaitForBlazorAsync();
            await Page.GetByText("Groep hernoemen").First.ClickAsync();
            await Page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

            await Page.GotoAsync("/vergelijk?jaar=2022&zorgsoort=huisartsenzorg");
            await Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = renamed })).ToBeVisibleAsync();
        }
        finally
        {
            await PutBackAsync(topicId, topicName);
        }
    });

    private async Task SignInAsync(string path) =>
        await Accounts.SignInAsync(Page, await Accounts.CreateAsync(Portal.Services, PortalRoles.Administrator, "Bea Beheerder"), path);

    private async Task<(int Id, string Name)> TopicAsync()
    {
        await using var context = Portal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        var topic = await context.Topics.AsNoTracking().SingleAsync(candidate => candidate.Slug == TopicSlug);
        return (topic.Id, topic.Name);
    }

    private async Task<List<string>> AliasesAsync(string slug)
    {
        await using var context = Portal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        return (await context.Purchasers.AsNoTracking().SingleAsync(purchaser => purchaser.Slug == slug)).Aliases;
    }

    /// <summary>The topic's name and DSW's aliases as they were, written directly (the shared portal's other tests read them).</summary>
    private async Task PutBackAsync(int topicId, string topicName)
    {
        await using var context = Portal.Services.GetRequiredService<IPortalDbContextFactory>().CreateDbContext();
        context.Actor = AuditActor.System;
        var topic = await context.Topics.SingleAsync(candidate => candidate.Id == topicId);
        topic.Name = topicName;
        var dsw = await context.Purchasers.SingleAsync(purchaser => purchaser.Slug == "dsw");
        dsw.Aliases = dsw.Aliases.Where(alias => alias != "DSW Zorgverzekeraar Schiedam").ToList();
        await ContentVersions.MarkChangedAsync(context, DateTimeOffset.UtcNow, CancellationToken.None);
        await context.SaveChangesAsync();
    }
}
