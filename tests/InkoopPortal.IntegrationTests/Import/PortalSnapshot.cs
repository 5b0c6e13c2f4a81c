using System.Globalization;
using InkoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.IntegrationTests.Import;

/// <summary>
/// Everything the database holds, written out as ordered lines without database ids, so two databases can be
/// compared for identical content whatever provider they run on.
/// </summary>
internal static class PortalSnapshot
{
    public static async Task<List<string>> TakeAsync(PortalDbContext context)
    {
        var lines = new List<string>();
        string Join(IEnumerable<string> values) => string.Join("|", values);
        string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

        foreach (var purchaser in await context.Purchasers.AsNoTracking().Include(p => p.Concern).Include(p => p.Labels)
                     .Include(p => p.Regions).OrderBy(p => p.Slug).ToListAsync())
        {
            lines.Add($"purchaser {purchaser.Slug} {purchaser.Name} {purchaser.Kind} {purchaser.Concern?.Slug} {purchaser.Website} " +
                      $"[{Join(purchaser.Aliases)}] [{Join(purchaser.Labels.OrderBy(l => l.SortOrder).Select(l => l.Name))}] " +
                      $"[{Join(purchaser.Regions.OrderBy(r => r.Number).Select(r => r.Slug))}]");
        }

        foreach (var region in await context.Regions.AsNoTracking().Include(r => r.Source).Include(r => r.PreferredInsurer)
                     .OrderBy(r => r.Number).ToListAsync())
        {
            lines.Add($"region {region.Number} {region.Slug} {region.Name} {region.PreferredInsurer?.Slug} {region.Source?.Slug} " +
                      $"{region.Source?.Date} {region.Note}");
        }

        foreach (var careType in await context.CareTypes.AsNoTracking().OrderBy(c => c.Slug).ToListAsync())
        {
            lines.Add($"careType {careType.Slug} {careType.Name} {careType.Law} {careType.SortOrder} [{Join(careType.Aliases)}]");
        }

        foreach (var topic in await context.Topics.AsNoTracking().Include(t => t.Group).Include(t => t.CareTypes)
                     .OrderBy(t => t.Slug).ToListAsync())
        {
            lines.Add($"topic {topic.Slug} {topic.Name} {topic.Group?.Slug}:{topic.Group?.SortOrder} {topic.SortOrder} " +
                      $"{topic.IsPrecondition} [{Join(topic.GuidingQuestions)}] [{Join(topic.Aliases)}] " +
                      $"[{Join(topic.CareTypes.Select(c => c.Slug).Order())}]");
        }

        foreach (var source in await context.SourceDocuments.AsNoTracking().OrderBy(s => s.FileName).ToListAsync())
        {
            lines.Add($"source {source.FileName} {source.Title} {source.Kind} {source.Publisher} {source.Year} {source.ContentSha256} " +
                      $"{source.Content.Length} {source.IntroductionMarkdown}");
        }

        var documents = await context.PolicyDocuments.AsNoTracking()
            .Include(d => d.Purchaser).Include(d => d.CareTypes)
            .Include(d => d.Statements).ThenInclude(s => s.Topic)
            .Include(d => d.Statements).ThenInclude(s => s.CareType)
            .Include(d => d.Statements).ThenInclude(s => s.SourceDocument)
            .Include(d => d.Changes).ThenInclude(c => c.Topic)
            .Include(d => d.Conditions).ThenInclude(c => c.Thresholds)
            .Include(d => d.Conditions).ThenInclude(c => c.CareType)
            .Include(d => d.Deadlines)
            .Include(d => d.Figures).ThenInclude(f => f.CareType)
            .Include(d => d.Sections)
            .AsSplitQuery()
            .ToListAsync();
        foreach (var document in documents.OrderBy(d => d.Purchaser!.Slug).ThenBy(d => d.ValidFromYear).ThenBy(d => d.Title, StringComparer.Ordinal))
        {
            var key = $"{document.Purchaser!.Slug}/{document.ValidFromYear}/{document.Title}";
            lines.Add($"document {key} {document.Kind} {document.ValidToYear} {document.Status} {document.SourceUrl} " +
                      $"{document.PublishedOn} [{Join(document.CareTypes.Select(c => c.Slug).Order())}]");
            lines.AddRange(document.Statements.OrderBy(s => s.Topic!.Slug).ThenBy(s => s.CareType?.Slug).Select(s =>
                $"  statement {s.Topic!.Slug} {s.CareType?.Slug} {s.Status} {s.SourceDocument?.FileName} {s.SourceLocation} " +
                $"{s.SortOrder}\n{s.BodyMarkdown}\n{s.BodyHtml}"));
            lines.AddRange(document.Changes.OrderBy(c => c.SortOrder).Select(c =>
                $"  change {c.SortOrder} {c.Subject} {c.Topic?.Slug} {c.SectionReference}\n{c.BodyMarkdown}\n{c.BodyHtml}"));
            lines.AddRange(document.Conditions.OrderBy(c => c.SortOrder).Select(c =>
                $"  condition {c.SortOrder} {c.Category} {c.ProviderType} {c.CareType?.Slug} {c.Kind} {c.ThresholdLogic} {c.Text} " +
                Join(c.Thresholds.OrderBy(t => t.SortOrder).Select(t => $"{t.Metric} {t.Operator} {Number(t.Value)} {t.Unit} {t.SourceText}"))));
            lines.AddRange(document.Deadlines.OrderBy(d => d.SortOrder).Select(d =>
                $"  deadline {d.SortOrder} {d.Kind} {d.Date} {d.EndDate} {d.Time} {d.Precision} {d.DateText} {d.Description} {d.Responsible}"));
            lines.AddRange(document.Figures.OrderBy(f => f.SortOrder).Select(f =>
                $"  figure {f.SortOrder} {f.Name} {f.Category} {f.CareType?.Slug} {Number(f.Value)} {f.Unit} {f.Basis}"));
            lines.AddRange(document.Sections.OrderBy(s => s.SortOrder).Select(s =>
                $"  section {s.SortOrder} {s.Number} {s.Title} {s.Level}\n{s.BodyMarkdown}"));
        }

        return lines;
    }
}
