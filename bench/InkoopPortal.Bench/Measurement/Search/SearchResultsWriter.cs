using System.Globalization;
using System.Text;
using static System.FormattableString;

namespace InkoopPortal.Bench.Measurement.Search;

/// <summary>The search benchmark's results as Markdown: per term the frequency, the medians and p95s, the ratio and the targets.</summary>
public static class SearchResultsWriter
{
    public const double RatioTarget = 1.3;

    public static string Write(SearchReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"# Search benchmark {report.StartedAt:yyyy-MM-dd HH:mm} UTC"));
        text.AppendLine();
        text.AppendLine("Issue 5's targets: the search's top 20 with snippets at most 1.3× the bare SQL's top 20 (same run); a rare term");
        text.AppendLine("under 5 ms at the median; a common term filtered to one year under 30 ms. **Bare** is `PortalSearch.FindAsync`:");
        text.AppendLine("the core's own SQL for the page (ranked ids) and the facet counts in one round trip, no snippets, names or links (the");
        text.AppendLine("core exposes no page-only query; the counts are part of both sides). **With snippets** is `PortalSearch.SearchAsync`,");
        text.AppendLine("what the page and the API call: the same SQL plus snippets, names, links and facets (so it is also the full page query).");
        text.AppendLine(Invariant($"Both timed in-process, alternately, {report.Options.SearchRepetitions} times each per case and round after 20 warm-up pairs (fewer, at least 10, when a case would take over {report.Options.SearchCaseBudget.TotalSeconds:0} s a round: see \"pairs\"); {report.Options.Rounds} rounds; figures are medians of the rounds, the ratio is taken per round then the median."));
        text.AppendLine();

        WriteTargets(text, report);
        WriteCases(text, report);
        WriteSetup(text, report);
        WriteFrequencies(text, report);
        WritePlans(text, report);
        return text.ToString();
    }

    private static void WriteTargets(StringBuilder text, SearchReport report)
    {
        text.AppendLine("## Targets");
        text.AppendLine();
        text.AppendLine("| target | case | measured | result |");
        text.AppendLine("|---|---|---|---|");
        foreach (var result in report.Results)
        {
            text.AppendLine(Invariant($"| with snippets ≤ {RatioTarget:0.0}× bare | {result.Case.Name} | {result.Ratio:0.00}× | {Verdict(result.Ratio <= RatioTarget)} |"));
        }

        foreach (var result in report.Results.Where(result => result.Case.LatencyTargetMs is not null))
        {
            var target = result.Case.LatencyTargetMs!.Value;
            text.AppendLine(Invariant($"| median with snippets < {target:0} ms | {result.Case.Name} | {result.WithSnippetsMedian:0.00} ms | {Verdict(result.WithSnippetsMedian < target)} |"));
        }

        text.AppendLine();
    }

    private static string Verdict(bool pass) => pass ? "PASS" : "**FAIL**";

    private static void WriteCases(StringBuilder text, SearchReport report)
    {
        text.AppendLine("## Per case (ms)");
        text.AppendLine();
        text.AppendLine("| case | query | hits | % of entries | bare median | bare p95 | with snippets median | with snippets p95 | ratio | ratio per round | pairs per round | API median (wrk c=1) | page median (wrk c=1) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|");
        foreach (var result in report.Results)
        {
            var searchCase = result.Case;
            var pairs = string.Join(" / ", result.Rounds.Select(round => round.Bare.Count.ToString(CultureInfo.InvariantCulture)));
            var rounds = string.Join(" / ", result.Rounds.Select(round => round.Ratio.ToString("0.00", CultureInfo.InvariantCulture)));
            text.AppendLine(Invariant(
                $"| {searchCase.Name} | `{searchCase.QueryString}` | {searchCase.Hits:N0} | {searchCase.Percent:0.000} | {result.BareMedian:0.00} | {result.BareP95:0.00} | {result.WithSnippetsMedian:0.00} | {result.WithSnippetsP95:0.00} | {result.Ratio:0.00} | {rounds} | {pairs} | {Format(result.ApiMedian)} | {Format(result.PageMedian)} |"));
        }

        text.AppendLine();
        if (report.ApiMissing is not null || report.PageMissing is not null)
        {
            text.AppendLine($"HTTP variants not measured: {string.Join("; ", new[] { report.ApiMissing, report.PageMissing }.Where(reason => reason is not null))}.");
            text.AppendLine();
        }
    }

    private static string Format(double? milliseconds) => milliseconds is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static void WriteSetup(StringBuilder text, SearchReport report)
    {
        text.AppendLine("## Dataset and machine");
        text.AppendLine();
        text.AppendLine(Invariant($"- search index: {report.Entries:N0} entries (the percentages are of these; the generated dataset has statements only, so entries = statements with content of published documents)"));
        if (report.Rebuild is { } rebuild)
        {
            var where = report.RebuiltInThisCommand ? "by the search command (the database had no index)" : "right after the bulk load";
            text.AppendLine(Invariant($"- `SearchIndex.RebuildAsync` {where}: {rebuild.Entries:N0} entries in {rebuild.Elapsed.TotalSeconds:0.0} s"));
        }
        else
        {
            text.AppendLine("- the database's search index was filled before this run (not rebuilt, not timed)");
        }

        var machine = report.Machine;
        text.AppendLine(Invariant($"- machine: {machine.Processors} cores (nproc), {machine.Memory} memory, {machine.Cpu}; {machine.Os}; {machine.Runtime}, {machine.GcMode}; PostgreSQL on the same machine"));
        text.AppendLine($"- load average (1/5/15 min): {report.LoadBefore} before, {report.LoadAfter} after (the machine is shared with other builds)");
        text.AppendLine(Invariant($"- the search benchmark took {report.Elapsed.TotalSeconds:0} s"));
        text.AppendLine();
    }

    private static void WriteFrequencies(StringBuilder text, SearchReport report)
    {
        text.AppendLine("## Measured document frequencies (candidate words)");
        text.AppendLine();
        text.AppendLine("Every word of the generator's vocabulary and its band words, counted with the core's own query (the total the search reports).");
        text.AppendLine();
        text.AppendLine("| word | hits | % | band |");
        text.AppendLine("|---|---:|---:|---|");
        foreach (var frequency in report.Frequencies)
        {
            text.AppendLine(Invariant($"| {frequency.Request.Query} | {frequency.Hits:N0} | {frequency.Percent:0.000} | {frequency.Band} |"));
        }

        text.AppendLine();
    }

    private static void WritePlans(StringBuilder text, SearchReport report)
    {
        if (report.Plans.Count == 0)
        {
            return;
        }

        text.AppendLine("## Diagnostics: EXPLAIN (ANALYZE, BUFFERS)");
        text.AppendLine();
        text.AppendLine("The two statements `PostgresSearchStore` sends for a one-word query, written out with the same expressions.");
        text.AppendLine();
        foreach (var (searchCase, plan) in report.Plans)
        {
            text.AppendLine($"### {searchCase.Name}: `{searchCase.QueryString}`");
            text.AppendLine();
            text.AppendLine("```");
            text.AppendLine(plan);
            text.AppendLine("```");
            text.AppendLine();
        }
    }
}
