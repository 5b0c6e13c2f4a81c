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

        var culprits = await page.EvaluateAsync<string[]>(
            @"limit => [...document.body.querySelectorAll('*')]
                .filter(element => element.getBoundingClientRect().right > limit + 0.5)
                .filter(element => !element.parentElement || element.parentElement.getBoundingClientRect().right <= limit + 0.5)
                .slice(0, 10)
                .map(element => `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}.${[...element.classList].join('.')} right ${Math.round(element.getBoundingClientRect().right)}`)",
            Width);
        output.WriteLine($"{page.Url} is {width} px wide at {Width} px; sticking out: {string.Join("; ", culprits)}");
        width.Should().BeLessThanOrEqualTo(Width, $"{page.Url} must not scroll sideways on a phone (sticking out: {string.Join("; ", culprits)})");
    }
}
