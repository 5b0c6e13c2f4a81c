namespace InkoopPortal.EndToEndTests.Support;

/// <summary>A page on a phone: 375 CSS pixels wide.</summary>
public static class Phone
{
    public const int Width = 375;

    /// <summary>
    /// Fails when the page is wider than the phone (it would scroll sideways), naming the elements that stick out
    /// furthest, so the failure says what to fix.
    /// </summary>
    public static async Task ShouldNotScrollSidewaysAsync(IPage page, ITestOutputHelper output)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width <= Width)
        {
            return;
        }

        var culprits = await StickingOutAsync(page);
        output.WriteLine($"{page.Url} is {width} px wide at {Width} px; sticking out: {string.Join("; ", culprits)}");
        width.Should().BeLessThanOrEqualTo(Width, $"{page.Url} must not scroll sideways on a phone (sticking out: {string.Join("; ", culprits)})");
    }

    /// <summary>
    /// What makes a page wider than the viewport: the outermost elements whose box reaches past its right edge, and
    /// elements whose own text overflows their box (a long file name or address without a place to break).
    /// </summary>
    public static Task<string[]> StickingOutAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => {
            const limit = document.documentElement.clientWidth + 0.5;
            const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')}`;
            const boxes = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > limit)
                .filter(e => !e.parentElement || e.parentElement === document.body || e.parentElement.getBoundingClientRect().right <= limit)
                .map(e => `${name(e)} right ${Math.round(e.getBoundingClientRect().right)}`);
            const texts = [...document.body.querySelectorAll('*')]
                .filter(e => getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0
                    && e.getBoundingClientRect().left + e.scrollWidth > limit)
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().left + c.scrollWidth > limit))
                .map(e => `${name(e)} text to ${Math.round(e.getBoundingClientRect().left + e.scrollWidth)}`);
            return [...boxes, ...texts].slice(0, 10);
        }
        """);
}
