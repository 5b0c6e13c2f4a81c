using InkoopPortal.Bench.Hosting;
using Microsoft.Playwright;

namespace InkoopPortal.Bench.Measurement;

public sealed record CircuitMemoryResult(
    int Circuits, int CircuitsOpenAtMeasurement, MemorySnapshot Before, MemorySnapshot After, bool LayoutMarksInteractive, TimeSpan Elapsed)
{
    public double ManagedBytesPerCircuit => (After.ManagedHeapBytes - Before.ManagedHeapBytes) / (double)Circuits;

    public double WorkingSetBytesPerCircuit => (After.WorkingSetBytes - Before.WorkingSetBytes) / (double)Circuits;
}

/// <summary>
/// Memory per open interactive circuit: Chromium (Debian's, through Playwright) opens the page in separate browser
/// contexts; the server's memory is taken after a full collection before the pages load and once every circuit is
/// open and rendered. The contexts and pages exist (on about:blank) before the first snapshot, so the Playwright
/// client's own objects in this process are not counted as circuit memory.
/// </summary>
public sealed class CircuitMemoryProbe(string chromiumPath, CircuitCounter counter)
{
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public async Task<CircuitMemoryResult> MeasureAsync(Uri pageUrl, int circuits, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });

        var pages = new List<IPage>();
        for (var index = 0; index < circuits; index++)
        {
            var context = await browser.NewContextAsync();
            pages.Add(await context.NewPageAsync());
        }

        var openBefore = counter.Open;
        var before = ServerMemory.AfterFullCollection();
        foreach (var page in pages)
        {
            await page.GotoAsync(pageUrl.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        }

        await WaitForCircuitsAsync(openBefore + circuits, cancellationToken);
        foreach (var page in pages)
        {
            await page.WaitForFunctionAsync("() => window.Blazor !== undefined", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        }

        var marksInteractive = await WaitForInteractiveMarkAsync(pages);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // let the last render batches be acknowledged
        var openAtMeasurement = counter.Open - openBefore;
        var after = ServerMemory.AfterFullCollection();

        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }

        return new CircuitMemoryResult(circuits, openAtMeasurement, before, after, marksInteractive, DateTime.UtcNow - started);
    }

    private async Task WaitForCircuitsAsync(int expected, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (counter.Open < expected)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {counter.Open} of {expected} circuits opened within 60 s.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>
    /// Waits for the layout's <c>data-interactive="true"</c> (set after the first interactive render) on every page;
    /// false when the layout does not set it (the circuit count is then the only signal).
    /// </summary>
    private static async Task<bool> WaitForInteractiveMarkAsync(List<IPage> pages)
    {
        try
        {
            foreach (var page in pages)
            {
                await page.WaitForSelectorAsync("[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = 15_000 });
            }

            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
