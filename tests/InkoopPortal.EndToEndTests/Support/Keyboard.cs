namespace InkoopPortal.EndToEndTests.Support;

public static class Keyboard
{
    /// <summary>
    /// Presses Tab from the top of the page until <paramref name="target"/> has the focus, as a keyboard user
    /// would; fails with the elements that were passed when it is not reached within <paramref name="maxTabs"/>.
    /// </summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxTabs = 25)
    {
        var passed = new List<string>();
        for (var tab = 0; tab < maxTabs; tab++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            passed.Add(await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()} '${(e.textContent ?? '').trim()}'` : '(none)'; }"));
        }

        Assert.Fail($"{target} was not reached with {maxTabs} x Tab; focus went to: {string.Join(", ", passed)}");
    }
}
