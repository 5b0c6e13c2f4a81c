using InkoopPortal.Bench.Hosting;
using Microsoft.Playwright;

namespace InkoopPortal.Bench.Measurement;

public sealed record CircuitMemoryResult(
    int Circuits,
    int CircuitsOpenAtMeasurement,
    MemorySnapshot Before,
    MemorySnapshot After,
    MemorySnapshot? Closed,
    bool LayoutMarksInteractive,
    TimeSpan Elapsed)
{
    public double ManagedBytesPerCircuit => (After.ManagedHeapBytes - Before.ManagedHeapBytes) / (double)Circuits;

    public double PrivateBytesPerCircuit => (After.PrivateBytes - Before.PrivateBytes) / (double)Circuits;

    public double WorkingSetBytesPerCircuit => (After.WorkingSetBytes - Before.WorkingSetBytes) / (double)Circuits;

    /// <summary>What closing the circuits gave back, per circuit: the memory the circuits themselves held.</summary>
    public double? ManagedBytesFreedPerCircuit => Closed is null ? null : (After.ManagedHeapBytes - Closed.ManagedHeapBytes) / (double)Circuits;

    /// <summary>What stayed after the circuits were closed (grown pools, caches), per circuit.</summary>
    public double? ManagedBytesKeptPerCircuit => Closed is null ? null : (Closed.ManagedHeapBytes - Before.ManagedHeapBytes) / (double)Circuits;
}

/// <summary>
/// Memory per open interactive circuit: Chromium (Debian's, through Playwright) opens the page in separate browser
/// contexts; the server's memory is taken after a full collection before the pages load and once every circuit is
/// open and rendered. The contexts and pages exist (on about:blank) before the first snapshot, so the Playwright
/// client's own objects in this process are not counted as circuit memory. One warm-up circuit is opened (and kept
/// open) before the first snapshot, so code compiled and pools grown for the first circuit are not counted either.
/// Afterwards the 20 pages go to about:blank (Blazor ends a circuit when its page unloads) and a third snapshot shows
/// how much of the growth the circuits held themselves and how much stayed in pools.
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
        var browserErrors = new List<string>();
        for (var index = 0; index <= circuits; index++)
        {
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    lock (browserErrors)
                    {
                        browserErrors.Add(message.Text);
                    }
                }
            };
            pages.Add(page);
        }

        var warmUp = pages[0];
        var measured = pages[1..];
        var openBefore = counter.Open;
        await OpenAsync([warmUp], pageUrl, openBefore + 1, browserErrors, cancellationToken);
        var marksInteractive = await WaitForInteractiveMarkAsync([warmUp]);
        var before = ServerMemory.AfterFullCollection();

        await OpenAsync(measured, pageUrl, openBefore + 1 + circuits, browserErrors, cancellationToken);
        if (marksInteractive && !await WaitForInteractiveMarkAsync(measured))
        {
            throw new TimeoutException("Not every page became interactive within 15 s.");
        }

        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // let the last render batches be acknowledged
        var openAtMeasurement = counter.Open - openBefore - 1;
        var after = ServerMemory.AfterFullCollection();

        foreach (var page in measured)
        {
            await page.GotoAsync("about:blank");
        }

        var closed = await WaitForCircuitsClosedAsync(openBefore + 1, cancellationToken) ? ServerMemory.AfterFullCollection() : null;
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }

        return new CircuitMemoryResult(circuits, openAtMeasurement, before, after, closed, marksInteractive, DateTime.UtcNow - started);
    }

    /// <summary>Loads the page in each browser page and waits until the circuits are open and Blazor has started.</summary>
    private async Task OpenAsync(List<IPage> pages, Uri pageUrl, int expectedCircuits, List<string> browserErrors, CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            await page.GotoAsync(pageUrl.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        }

        await WaitForCircuitsAsync(expectedCircuits, browserErrors, cancellationToken);
        foreach (var page in pages)
        {
            await page.WaitForFunctionAsync("() => window.Blazor !== undefined", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        }
    }

    private async Task<bool> WaitForCircuitsClosedAsync(int expected, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (counter.Open > expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken);
        }

        return counter.Open <= expected;
    }

    private async Task WaitForCircuitsAsync(int expected, List<string> browserErrors, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (counter.Open < expected)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Only {counter.Open} of {expected} circuits opened within 60 s. Browser console: {string.Join(" | ", browserErrors.Distinct())}");
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
