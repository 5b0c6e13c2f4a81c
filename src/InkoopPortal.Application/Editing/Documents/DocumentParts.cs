using System.Linq.Expressions;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Presentation;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Editing.Documents;

/// <summary>The kinds of records a document holds, for <see cref="DocumentPartEditor"/>.</summary>
public static class DocumentParts
{
    public static readonly PolicyChangePart Changes = new();
    public static readonly ContractConditionPart Conditions = new();
    public static readonly DeadlinePart Deadlines = new();
    public static readonly FigurePart Figures = new();
}

public sealed record PolicyChangeEditModel : IDocumentPartModel
{
    public int Id { get; init; }

    public uint Version { get; set; }

    public int? TopicId { get; set; }

    public string? Subject { get; set; }

    public string Markdown { get; set; } = "";

    public string? SectionReference { get; set; }

    /// <summary>The stored rendering of <see cref="Markdown"/> (through <see cref="RichTextRenderer"/>); read-only.</summary>
    public string Html { get; init; } = "";

    public bool IsGenerated { get; init; }
}

public sealed class PolicyChangePart : DocumentPartKind<PolicyChange, PolicyChangeEditModel>
{
    public override DbSet<PolicyChange> Set(IPortalDbContext context) => context.PolicyChanges;

    public override Expression<Func<PolicyChange, bool>> InDocument(int documentId) => change => change.PolicyDocumentId == documentId;

    public override Expression<Func<PolicyChange, int>> SortOrder => change => change.SortOrder;

    public override PolicyChange Create(int documentId, int sortOrder) => new() { PolicyDocumentId = documentId, SortOrder = sortOrder };

    public override PolicyChangeEditModel ToModel(PolicyChange record) => new()
    {
        Id = record.Id,
        Version = record.RowVersion,
        TopicId = record.TopicId,
        Subject = record.Subject,
        Markdown = record.BodyMarkdown,
        SectionReference = record.SectionReference,
        Html = record.BodyHtml,
        IsGenerated = record.IsGenerated,
    };

    public override void Apply(IPortalDbContext context, PolicyChange record, PolicyChangeEditModel edit)
    {
        record.TopicId = edit.TopicId;
        record.Subject = FieldChecks.Trimmed(edit.Subject);
        record.SectionReference = FieldChecks.Trimmed(edit.SectionReference);
        RichTextRenderer.SetBody(record, edit.Markdown.Trim());
    }

    public override IReadOnlyList<FieldMessage> Validate(PolicyChangeEditModel edit)
    {
        var checks = new FieldChecks();
        checks.Required(nameof(edit.Markdown), edit.Markdown, "de wijziging", FieldChecks.LongText);
        checks.MaxLength(nameof(edit.Subject), edit.Subject, "het onderwerp", FieldLimits.Title);
        checks.MaxLength(nameof(edit.SectionReference), edit.SectionReference, "de verwijzing", FieldLimits.Title);
        return checks.Messages;
    }
}

/// <summary>One threshold of a condition as typed; <see cref="Id"/> 0 is a new one. The value is text ("95,5") so nothing typed is lost.</summary>
public sealed record ThresholdEditModel
{
    public int Id { get; init; }

    public string Metric { get; set; } = "";

    public ComparisonOperator Operator { get; set; } = ComparisonOperator.AtLeast;

    public string Value { get; set; } = "";

    public string Unit { get; set; } = "";
}

public sealed record ContractConditionEditModel : IDocumentPartModel
{
    public int Id { get; init; }

    public uint Version { get; set; }

    public string Category { get; set; } = "";

    public string? ProviderType { get; set; }

    public ConditionKind Kind { get; set; } = ConditionKind.Requirement;

    public string Text { get; set; } = "";

    public ThresholdLogic ThresholdLogic { get; set; } = ThresholdLogic.AllOf;

    public List<ThresholdEditModel> Thresholds { get; set; } = [];

    /// <summary>A copy whose threshold list can be changed without changing this one's.</summary>
    public ContractConditionEditModel Copy() => this with { Thresholds = Thresholds.Select(threshold => threshold with { }).ToList() };
}

public sealed class ContractConditionPart : DocumentPartKind<ContractCondition, ContractConditionEditModel>
{
    public override DbSet<ContractCondition> Set(IPortalDbContext context) => context.ContractConditions;

    public override IQueryable<ContractCondition> Query(IPortalDbContext context) => context.ContractConditions.Include(condition => condition.Thresholds);

    public override Expression<Func<ContractCondition, bool>> InDocument(int documentId) => condition => condition.PolicyDocumentId == documentId;

    public override Expression<Func<ContractCondition, int>> SortOrder => condition => condition.SortOrder;

    public override ContractCondition Create(int documentId, int sortOrder) =>
        new() { PolicyDocumentId = documentId, SortOrder = sortOrder, Category = "", Text = "" };

    public override ContractConditionEditModel ToModel(ContractCondition record) => new()
    {
        Id = record.Id,
        Version = record.RowVersion,
        Category = record.Category,
        ProviderType = record.ProviderType,
        Kind = record.Kind,
        Text = record.Text,
        ThresholdLogic = record.ThresholdLogic,
        Thresholds = record.Thresholds.Where(threshold => threshold.DeletedAt is null)
            .OrderBy(threshold => threshold.SortOrder).ThenBy(threshold => threshold.Id)
            .Select(threshold => new ThresholdEditModel
            {
                Id = threshold.Id,
                Metric = threshold.Metric,
                Operator = threshold.Operator,
                Value = FieldChecks.NumberText(threshold.Value),
                Unit = threshold.Unit,
            })
            .ToList(),
    };

    public override void Apply(IPortalDbContext context, ContractCondition record, ContractConditionEditModel edit)
    {
        record.Category = edit.Category.Trim();
        record.ProviderType = FieldChecks.Trimmed(edit.ProviderType);
        record.Kind = edit.Kind;
        record.Text = edit.Text.Trim();
        record.ThresholdLogic = edit.ThresholdLogic;

        // Thresholds left out of the edit are deleted (soft, with the history); the others updated or added.
        foreach (var removed in record.Thresholds.Where(stored => edit.Thresholds.All(kept => kept.Id != stored.Id)).ToList())
        {
            record.Thresholds.Remove(removed);
        }

        for (var index = 0; index < edit.Thresholds.Count; index++)
        {
            var typed = edit.Thresholds[index];
            var threshold = record.Thresholds.SingleOrDefault(stored => stored.Id == typed.Id && typed.Id != 0);
            if (threshold is null)
            {
                threshold = new ConditionThreshold { Metric = "" };
                record.Thresholds.Add(threshold);
            }

            threshold.Metric = typed.Metric.Trim();
            threshold.Operator = typed.Operator;
            threshold.Value = FieldChecks.TryParseNumber(typed.Value, out var value) ? value : threshold.Value;
            threshold.Unit = typed.Unit.Trim();
            threshold.SortOrder = index + 1;
        }

        // A change of the thresholds alone is a change of the condition too: its version moves, so a concurrent
        // edit of the same thresholds is a conflict on the condition.
        if (record.Id != 0)
        {
            context.ContractConditions.Entry(record).State = EntityState.Modified;
        }
    }

    public override IReadOnlyList<FieldMessage> Validate(ContractConditionEditModel edit)
    {
        var checks = new FieldChecks();
        checks.Required(nameof(edit.Category), edit.Category, "de categorie", FieldLimits.Title);
        checks.MaxLength(nameof(edit.ProviderType), edit.ProviderType, "het type zorgaanbieder", FieldLimits.Name);
        checks.Required(nameof(edit.Text), edit.Text, "de tekst van de voorwaarde", FieldChecks.LongText);
        if (!Enum.IsDefined(edit.Kind))
        {
            checks.Add(nameof(edit.Kind), "Kies of dit een eis of een uitsluitingsgrond is.");
        }

        if (!Enum.IsDefined(edit.ThresholdLogic))
        {
            checks.Add(nameof(edit.ThresholdLogic), "Kies of aan alle drempelwaarden moet worden voldaan of aan één ervan.");
        }

        for (var index = 0; index < edit.Thresholds.Count; index++)
        {
            var threshold = edit.Thresholds[index];
            var field = ThresholdField(index);
            var label = $"drempelwaarde {index + 1}";
            checks.Required(field, threshold.Metric, $"bij {label} wat er gemeten wordt (bijvoorbeeld zorgomzet)", FieldLimits.Name);
            if (!Enum.IsDefined(threshold.Operator))
            {
                checks.Add(field, $"Kies bij {label} een vergelijking (ten minste, ten hoogste, precies, meer dan, minder dan).");
            }

            checks.Number(field, threshold.Value, $"bij {label} de waarde");
            checks.MaxLength(field, threshold.Unit, $"de eenheid van {label}", FieldLimits.Name);
        }

        return checks.Messages;
    }

    /// <summary>The field name of the messages of one threshold, e.g. "Thresholds[0]".</summary>
    public static string ThresholdField(int index) => $"{nameof(ContractConditionEditModel.Thresholds)}[{index}]";
}

public sealed record DeadlineEditModel : IDocumentPartModel
{
    public int Id { get; init; }

    public uint Version { get; set; }

    public DeadlineKind Kind { get; set; } = DeadlineKind.Other;

    public string Description { get; set; } = "";

    public string? Responsible { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? EndDate { get; set; }

    public TimeOnly? Time { get; set; }

    public DatePrecision Precision { get; set; } = DatePrecision.Day;

    /// <summary>The date as the source writes it; filled from the date when left empty.</summary>
    public string DateText { get; set; } = "";
}

public sealed class DeadlinePart : DocumentPartKind<Deadline, DeadlineEditModel>
{
    public override DbSet<Deadline> Set(IPortalDbContext context) => context.Deadlines;

    public override Expression<Func<Deadline, bool>> InDocument(int documentId) => deadline => deadline.PolicyDocumentId == documentId;

    public override Expression<Func<Deadline, int>> SortOrder => deadline => deadline.SortOrder;

    public override Deadline Create(int documentId, int sortOrder) =>
        new() { PolicyDocumentId = documentId, SortOrder = sortOrder, Description = "", DateText = "" };

    public override DeadlineEditModel ToModel(Deadline record) => new()
    {
        Id = record.Id,
        Version = record.RowVersion,
        Kind = record.Kind,
        Description = record.Description,
        Responsible = record.Responsible,
        Date = record.Date,
        EndDate = record.EndDate,
        Time = record.Time,
        Precision = record.Precision,
        DateText = record.DateText,
    };

    public override void Apply(IPortalDbContext context, Deadline record, DeadlineEditModel edit)
    {
        var changedDate = record.Date != edit.Date || record.EndDate != edit.EndDate || record.Time != edit.Time || record.Precision != edit.Precision;
        record.Kind = edit.Kind;
        record.Description = edit.Description.Trim();
        record.Responsible = FieldChecks.Trimmed(edit.Responsible);
        record.Precision = edit.Precision;
        record.Date = edit.Precision == DatePrecision.Unspecified ? null : edit.Date;
        record.EndDate = edit.Precision == DatePrecision.Unspecified ? null : edit.EndDate;
        record.Time = edit.Precision == DatePrecision.Day ? edit.Time : null;

        // The source's words describe the old date; a new date without new words gets its own Dutch wording.
        var typed = edit.DateText.Trim();
        record.DateText = typed.Length > 0 && !(changedDate && typed == record.DateText)
            ? typed
            : DutchFormat.DeadlineDate(record.Date, record.EndDate, record.Time, record.Precision, typed);
    }

    public override IReadOnlyList<FieldMessage> Validate(DeadlineEditModel edit)
    {
        var checks = new FieldChecks();
        checks.Required(nameof(edit.Description), edit.Description, "wat er gebeurt", FieldChecks.LongText);
        checks.MaxLength(nameof(edit.Responsible), edit.Responsible, "wie het doet", FieldLimits.Title);
        checks.MaxLength(nameof(edit.DateText), edit.DateText, "de datum zoals de bron hem schrijft", FieldLimits.Title);
        if (!Enum.IsDefined(edit.Kind))
        {
            checks.Add(nameof(edit.Kind), "Kies wat voor termijn dit is.");
        }

        if (!Enum.IsDefined(edit.Precision))
        {
            checks.Add(nameof(edit.Precision), "Kies hoe precies de datum is: dag, maand, jaar of geen datum.");
        }
        else if (edit.Precision == DatePrecision.Unspecified)
        {
            checks.Required(nameof(edit.DateText), edit.DateText, "de datum zoals de bron hem schrijft (er is geen kalenderdatum)", FieldLimits.Title);
        }
        else if (edit.Date is not { } date)
        {
            checks.Add(nameof(edit.Date), "Vul een datum in, of kies 'Geen datum' als de bron er geen noemt.");
        }
        else
        {
            checks.Year(nameof(edit.Date), date.Year, "het jaar van de datum");
            if (edit.EndDate is { } end)
            {
                checks.Year(nameof(edit.EndDate), end.Year, "het jaar van de einddatum");
                if (end < date)
                {
                    checks.Add(nameof(edit.EndDate), "De einddatum ligt vóór de begindatum: kies een einddatum op of na de begindatum.");
                }
            }
        }

        return checks.Messages;
    }
}

public sealed record FigureEditModel : IDocumentPartModel
{
    public int Id { get; init; }

    public uint Version { get; set; }

    public string Name { get; set; } = "";

    public string? Category { get; set; }

    public int? Year { get; set; }

    /// <summary>As typed ("95,5"), so nothing is lost when it is not a number.</summary>
    public string Value { get; set; } = "";

    public string Unit { get; set; } = "";

    public string? Basis { get; set; }
}

public sealed class FigurePart : DocumentPartKind<Figure, FigureEditModel>
{
    public override DbSet<Figure> Set(IPortalDbContext context) => context.Figures;

    public override Expression<Func<Figure, bool>> InDocument(int documentId) => figure => figure.PolicyDocumentId == documentId;

    public override Expression<Func<Figure, int>> SortOrder => figure => figure.SortOrder;

    public override Figure Create(int documentId, int sortOrder) => new() { PolicyDocumentId = documentId, SortOrder = sortOrder, Name = "" };

    public override FigureEditModel ToModel(Figure record) => new()
    {
        Id = record.Id,
        Version = record.RowVersion,
        Name = record.Name,
        Category = record.Category,
        Year = record.Year,
        Value = FieldChecks.NumberText(record.Value),
        Unit = record.Unit,
        Basis = record.Basis,
    };

    public override void Apply(IPortalDbContext context, Figure record, FigureEditModel edit)
    {
        record.Name = edit.Name.Trim();
        record.Category = FieldChecks.Trimmed(edit.Category);
        record.Year = edit.Year;
        record.Value = FieldChecks.TryParseNumber(edit.Value, out var value) ? value : record.Value;
        record.Unit = edit.Unit.Trim();
        record.Basis = FieldChecks.Trimmed(edit.Basis);
    }

    public override IReadOnlyList<FieldMessage> Validate(FigureEditModel edit)
    {
        var checks = new FieldChecks();
        checks.Required(nameof(edit.Name), edit.Name, "wat het kengetal is (bijvoorbeeld Tariefpercentage)", FieldLimits.Title);
        checks.MaxLength(nameof(edit.Category), edit.Category, "de categorie", FieldLimits.Name);
        checks.Year(nameof(edit.Year), edit.Year, "het jaar");
        checks.Number(nameof(edit.Value), edit.Value, "de waarde");
        checks.MaxLength(nameof(edit.Unit), edit.Unit, "de eenheid", FieldLimits.Name);
        checks.MaxLength(nameof(edit.Basis), edit.Basis, "de grondslag", FieldChecks.LongText);
        return checks.Messages;
    }
}
