using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace InkoopPortal.EndToEndTests.Support;

public static class Accessibility
{
    /// <summary>WCAG 2.0 and 2.1, levels A and AA.</summary>
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>
    /// Runs axe on the page as it is now and fails on every "serious" or "critical" WCAG 2.0/2.1 A/AA violation,
    /// listing each with its rule, impact, help and the selectors of the offending elements.
    /// </summary>
    public static async Task ShouldHaveNoSeriousAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });

        var blocking = result.Violations.Where(violation => BlockingImpacts.Contains(violation.Impact)).ToList();
        if (blocking.Count > 0)
        {
            Assert.Fail(Describe(page.Url, blocking));
        }
    }

    private static string Describe(string url, IReadOnlyList<AxeResultItem> violations)
    {
        var report = new StringBuilder($"axe found {violations.Count} serious or critical WCAG A/AA violation(s) on {url}:");
        foreach (var violation in violations)
        {
            report.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append($"    {node.Target}  {node.Html}");
            }
        }

        return report.ToString();
    }
}
