using InkoopPortal.Application.Codebook.Mapping;
using InkoopPortal.Application.Content;
using InkoopPortal.Application.Documents;
using InkoopPortal.Application.Persistence;
using InkoopPortal.Application.Security;
using InkoopPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace InkoopPortal.Application.Codebook;

/// <summary>
/// The review of a policy text's filing ("Indelen"): its sections beside the codebook with the mapper's suggestions,
/// and the editor's decisions — accept everything above a threshold, assign, move, remove, split a section, leave a
/// passage unassigned, mark front or back matter. Every decision is confirmed in the editor's name, kept when the
/// document is mapped again, and rewrites the document's matrix statements at once. Scoped: checks the role itself.
/// </summary>
public sealed class DocumentFilingService(
    IPortalDbContextFactory contextFactory, IPortalAuthorization authorization, ICurrentActor currentActor, TimeProvider clock)
{
    private const int SuggestionsShown = 5;

    /// <summary>When the current change was made: every confirmation of one action carries the same moment.</summary>
    private DateTimeOffset _now;

    private const string ChangedMeanwhile =
        "Een andere redacteur heeft deze indeling net gewijzigd. De pagina toont nu de nieuwste stand; doe uw wijziging zo nodig opnieuw.";

    /// <summary>
    /// The document's filing with the sections of one part of its text (<see cref="DocumentTextParts"/>, as on the
    /// document page): part <paramref name="part"/>, or the part holding section <paramref name="sectionId"/>. Only that
    /// part's passages carry their text and suggestions; the decisions of every passage count in the totals.
    /// Null when there is no such policy text.
    /// </summary>
    public async Task<DocumentFiling?> GetAsync(int documentId, int part = 1, int? sectionId = null, CancellationToken cancellationToken = default)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var document = await LoadAsync(context, documentId, tracked: false, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var scope = await CodebookScope.LoadAsync(context, document.CareTypes, null, cancellationToken);
        var sections = Ordered(document);
        var range = DocumentTextParts.Find(
            sections.Select(section => section.BodyHtml.Length).ToList(), part,
            sectionId is { } wanted ? sections.FindIndex(section => section.Id == wanted) : null);
        var texts = SectionFiling.SectionTexts(sections);
        var filingSections = range.Sections.Select(item => sections[item.Index]).Select(section => new FilingSection(
            section.Id, section.Number, section.Title, section.Level, section.Role, section.RoleReason, section.SourceLocation,
            Passages.Paragraphs(section.BodyMarkdown).Count,
            IsFiled(section) ? PassagesOf(document, section).Select(passage => Passage(document, section, texts[sections.IndexOf(section)], passage, scope)).ToList() : []))
            .ToList();
        var decisions = sections.Where(IsFiled)
            .SelectMany(section => PassagesOf(document, section).Select(passage => Decisions(document, section, passage)))
            .ToList();

        var codebook = scope.Topics
            .GroupBy(topic => topic.Group)
            .Select(group => new FilingTopicGroup(group.Key?.Name, group.Select(topic => new FilingTopic(topic.Id, topic.Slug, topic.Name, topic.Description,
                document.Statements.FirstOrDefault(statement => statement.DeletedAt is null && statement.TopicId == topic.Id && statement.CareTypeId is null)?.Id)).ToList()))
            .ToList();
        var years = document.ValidFromYear == document.ValidToYear ? $"{document.ValidFromYear}" : $"{document.ValidFromYear}–{document.ValidToYear}";
        return new DocumentFiling(document.Id, document.Title, document.Purchaser!.Name, years,
            document.CareTypes.OrderBy(careType => careType.SortOrder).Select(careType => careType.Name).ToList(),
            document.Status == DocumentStatus.Published, TopicScorer.Threshold, filingSections, codebook)
        {
            Decisions = decisions,
            TextPart = range.Part,
            TextParts = range.Parts,
        };
    }

    /// <summary>Policy content with text: the sections whose passages are filed.</summary>
    private static bool IsFiled(DocumentSection section) =>
        section.Role == SectionRole.Body && !string.IsNullOrWhiteSpace(section.BodyMarkdown);

    /// <summary>Confirms, for every passage no editor decided on, each suggested topic scoring at least <paramref name="threshold"/>.</summary>
    public Task<FilingResult> AcceptAboveAsync(int documentId, double threshold, CancellationToken cancellationToken = default) =>
        ChangeAsync(documentId, async (context, document, scope, actor) =>
        {
            var sections = Ordered(document);
            var texts = SectionFiling.SectionTexts(sections);
            var confirmed = 0;
            for (var index = 0; index < sections.Count; index++)
            {
                var section = sections[index];
                if (section.Role != SectionRole.Body || string.IsNullOrWhiteSpace(section.BodyMarkdown))
                {
                    continue;
                }

                foreach (var range in PassagesOf(document, section))
                {
                    var live = Live(document, section, range).ToList();
                    if (live.Any(assignment => !assignment.IsAutomatic))
                    {
                        continue;
                    }

                    foreach (var assignment in live.Where(assignment => assignment.Score < threshold))
                    {
                        document.Assignments.Remove(assignment);
                    }

                    foreach (var suggestion in Score(texts[index], section, range, scope).Where(score => score.Score >= threshold))
                    {
                        var existing = live.FirstOrDefault(assignment => assignment.Topic?.Slug == suggestion.Slug);
                        var assignment = existing ?? SectionFiling.Add(document, section, range, scope.Find(suggestion.Slug)!, suggestion);
                        Confirm(assignment, actor);
                        confirmed++;
                    }
                }
            }

            await Task.CompletedTask;
            return confirmed == 0
                ? new FilingResult(false, $"Geen voorstellen met een score van {threshold:0} of hoger om over te nemen.")
                : new FilingResult(true, $"{confirmed} indeling(en) met een score van {threshold:0} of hoger overgenomen.");
        }, cancellationToken);

    /// <summary>Files a passage under a topic (confirmed); a "nergens" decision on the passage is replaced.</summary>
    public Task<FilingResult> AssignAsync(int documentId, int sectionId, int? firstParagraph, int? lastParagraph, int topicId, CancellationToken cancellationToken = default) =>
        ChangeAsync(documentId, async (context, document, scope, actor) =>
        {
            var section = document.Sections.FirstOrDefault(candidate => candidate.Id == sectionId);
            var topic = scope.Topics.FirstOrDefault(candidate => candidate.Id == topicId);
            if (section is null || topic is null)
            {
                return new FilingResult(false, "Die sectie of dat onderwerp hoort niet bij dit document.");
            }

            var range = (firstParagraph, lastParagraph);
            foreach (var nowhere in Live(document, section, range).Where(assignment => assignment.Topic is null).ToList())
            {
                document.Assignments.Remove(nowhere);
            }

            var assignment = Live(document, section, range).FirstOrDefault(candidate => candidate.Topic == topic)
                ?? SectionFiling.Add(document, section, range, topic, null);
            Confirm(assignment, actor);
            await Task.CompletedTask;
            return new FilingResult(true, $"'{SectionFiling.Label(section)}' ingedeeld onder {topic.Name}.");
        }, cancellationToken);

    /// <summary>Moves an assignment to another topic of the codebook (confirmed).</summary>
    public Task<FilingResult> MoveAsync(int documentId, int assignmentId, int topicId, CancellationToken cancellationToken = default) =>
        ChangeAsync(documentId, async (context, document, scope, actor) =>
        {
            var assignment = document.Assignments.FirstOrDefault(candidate => candidate.Id == assignmentId && candidate.DeletedAt is null);
            var topic = scope.Topics.FirstOrDefault(candidate => candidate.Id == topicId);
            if (assignment is null || topic is null)
            {
                return new FilingResult(false, "Die indeling of dat onderwerp bestaat niet (meer) bij dit document.");
            }

            var section = assignment.Section!;
            var duplicate = Live(document, section, (assignment.FirstParagraph, assignment.LastParagraph))
                .FirstOrDefault(candidate => candidate != assignment && candidate.Topic == topic);
            if (duplicate is not null)
            {
                document.Assignments.Remove(assignment);
                Confirm(duplicate, actor);
            }
            else
            {
                assignment.Topic = topic;
                assignment.Score = null;
                assignment.Reasons = null;
                Confirm(assignment, actor);
            }

            await Task.CompletedTask;
            return new FilingResult(true, $"'{SectionFiling.Label(section)}' verplaatst naar {topic.Name}.");
        }, cancellationToken);

    /// <summary>Removes an assignment; the passage keeps its other topics.</summary>
    public Task<FilingResult> RemoveAsync(int documentId, int assignmentId, CancellationToken cancellationToken = default) =>
        ChangeAsync(documentId, async (context, document, scope, actor) =>
        {
            var assignment = document.Assignments.FirstOrDefault(candidate => candidate.Id == assignmentId && candidate.DeletedAt is null);
            if (assignment is null)
            {
                return new FilingResult(false, "Die indeling bestaat niet (meer).");
            }

            var name = assignment.Topic?.Name;
            document.Assignments.Remove(assignment);
            await Task.CompletedTask;
            return new FilingResult(true, $"Indeling onder {name} verwijderd.");
        }, cancellationToken);

    /// <summary>Records that a passage belongs to no topic: its assignments go, and no later mapping files it.</summary>
    public Task<FilingResult> LeaveUnassignedAsync(int documentId, int sectionId, int? firstParagraph, int? lastParagraph, CancellationToken cancellationToken = default) =>
        ChangeAsync(documentId, async (context, document, scope, actor) =>
        {
            var section = document.Sections.FirstOrDefault(candidate => candidate.Id == sectionId);
            if (section is null)
            {
                return new FilingResult(false, "Die sectie hoort niet bij dit document.");
            }

            var range = (firstParagraph, lastParagraph);
            foreach (var assignment in Live(document, section, range).ToList())
            {
                document.Assignments.Remove(assignment);
            }

            Confirm(SectionFiling.Add(document, section, range, null, null), actor);
            await Task.CompletedTask;
            return new FilingResult(true, $"'{SectionFiling.Label(section)}' blijft buiten de onderwerpen.");
        }, cancellationToken);

    /// <summary>
    /// Splits the passage holding paragraph <paramref name="atParagraph"/> (0-based) so that paragraph starts a new
    /// passage. Confirmed topics go with both halves; each half without one is mapped again on its own text.
    /// </summary>
    public Task<FilingResult> SplitAsync(int documentId, int sectionId, int atParagraph, CancellationToken cancellationToken = default) =>
        ChangeAsync(documentId, async (context, document, scope, actor) =>
        {
            var section = document.Sections.FirstOrDefault(candidate => candidate.Id == sectionId);
            if (section is null)
            {
                return new FilingResult(false, "Die sectie hoort niet bij dit document.");
            }

            var count = Passages.Paragraphs(section.BodyMarkdown).Count;
            if (atParagraph <= 0 || atParagraph >= count)
            {
                return new FilingResult(false, $"Splitsen kan alleen tussen twee alinea's van deze sectie (alinea 2 tot en met {count}).");
            }

            var containing = PassagesOf(document, section).Where(candidate =>
                (candidate.First ?? 0) < atParagraph && atParagraph <= (candidate.Last ?? candidate.First ?? count - 1)).ToList();
            if (containing.Count == 0)
            {
                return new FilingResult(false, $"Alinea {atParagraph + 1} begint al een eigen passage.");
            }

            var range = containing[0];

            var first = (First: (int?)(range.First ?? 0), Last: (int?)(atParagraph - 1));
            var second = (First: (int?)atParagraph, Last: (int?)(range.Last ?? count - 1));
            var texts = SectionFiling.SectionTexts(Ordered(document));
            var text = texts[Ordered(document).IndexOf(section)];
            var old = Live(document, section, range).ToList();
            foreach (var assignment in old)
            {
                document.Assignments.Remove(assignment);
            }

            var added = 0;
            foreach (var half in new[] { first, second })
            {
                var confirmed = old.Where(assignment => !assignment.IsAutomatic).ToList();
                foreach (var assignment in confirmed)
                {
                    Confirm(SectionFiling.Add(document, section, half, assignment.Topic, null), actor);
                    added++;
                }

                if (confirmed.Count == 0)
                {
                    foreach (var suggestion in Score(text, section, half, scope).Where(score => score.Score >= TopicScorer.Threshold).Take(1))
                    {
                        SectionFiling.Add(document, section, half, scope.Find(suggestion.Slug)!, suggestion);
                        added++;
                    }
                }
            }

            // A passage exists through its assignments: with none on either half the split could not be kept.
            if (added == 0)
            {
                return new FilingResult(false,
                    $"Niet gesplitst: geen van beide delen heeft een onderwerp. Deel '{SectionFiling.Label(section)}' eerst in (of kies 'Nergens indelen') en splits dan.");
            }

            await Task.CompletedTask;
            return new FilingResult(true, $"'{SectionFiling.Label(section)}' gesplitst vóór alinea {atParagraph + 1}.");
        }, cancellationToken);

    /// <summary>Marks a section as front or back matter (its assignments go) or as policy content (mapped again).</summary>
    public Task<FilingResult> SetRoleAsync(int documentId, int sectionId, SectionRole role, CancellationToken cancellationToken = default) =>
        ChangeAsync(documentId, async (context, document, scope, actor) =>
        {
            var section = document.Sections.FirstOrDefault(candidate => candidate.Id == sectionId);
            if (section is null)
            {
                return new FilingResult(false, "Die sectie hoort niet bij dit document.");
            }

            foreach (var assignment in document.Assignments.Where(assignment => assignment.DeletedAt is null && assignment.Section == section).ToList())
            {
                document.Assignments.Remove(assignment);
            }

            section.Role = role;
            section.RoleReason = $"gekozen door {actor.DisplayName}";
            if (role == SectionRole.Body)
            {
                var sections = Ordered(document);
                var text = SectionFiling.SectionTexts(sections)[sections.IndexOf(section)];
                foreach (var suggestion in Score(text, section, (null, null), scope).Where(score => score.Score >= TopicScorer.Threshold).Take(1))
                {
                    SectionFiling.Add(document, section, (null, null), scope.Find(suggestion.Slug)!, suggestion);
                }
            }

            await Task.CompletedTask;
            return new FilingResult(true, role switch
            {
                SectionRole.FrontMatter => $"'{SectionFiling.Label(section)}' is voorwerk; het telt niet mee in de vergelijking.",
                SectionRole.BackMatter => $"'{SectionFiling.Label(section)}' is nawerk; het telt niet mee in de vergelijking.",
                _ => $"'{SectionFiling.Label(section)}' is beleidsinhoud en opnieuw ingedeeld.",
            });
        }, cancellationToken);

    private async Task<FilingResult> ChangeAsync(
        int documentId, Func<IPortalDbContext, PolicyDocument, CodebookScope, Security.AuditActor, Task<FilingResult>> change, CancellationToken cancellationToken)
    {
        await authorization.EnsureAllowedAsync(PortalPolicies.Edit, cancellationToken);
        await using var context = contextFactory.CreateDbContext();
        var actor = await currentActor.GetAsync(cancellationToken);
        context.Actor = actor;
        var document = await LoadAsync(context, documentId, tracked: true, cancellationToken);
        if (document is null)
        {
            return new FilingResult(false, "Dit document bestaat niet (meer).");
        }

        var topics = await context.Topics.Include(topic => topic.CareTypes).Include(topic => topic.Group).AsSplitQuery().ToListAsync(cancellationToken);
        var scope = await CodebookScope.LoadAsync(context, document.CareTypes, topics, cancellationToken);
        _now = clock.GetUtcNow();
        var result = await change(context, document, scope, actor);
        if (!result.Succeeded)
        {
            return result;
        }

        PassageStatements.Rebuild(document, Ordered(document), document.ImportSource);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new FilingResult(false, ChangedMeanwhile);
        }

        return result;
    }

    private void Confirm(TopicAssignment assignment, Security.AuditActor actor)
    {
        assignment.ConfirmedBy = actor.DisplayName;
        assignment.ConfirmedAt = _now;
    }

    private static async Task<PolicyDocument?> LoadAsync(IPortalDbContext context, int documentId, bool tracked, CancellationToken cancellationToken)
    {
        var query = context.PolicyDocuments
            .Include(document => document.Purchaser)
            .Include(document => document.CareTypes)
            .Include(document => document.ImportSource)
            .Include(document => document.Sections)
            .Include(document => document.Statements).ThenInclude(statement => statement.Topic)
            .Include(document => document.Assignments).ThenInclude(assignment => assignment.Topic)
            .AsSplitQuery();
        var document = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(candidate => candidate.Id == documentId, cancellationToken);
        if (document is null || document.Kind == PolicyDocumentKind.Presentation || document.Sections.Count == 0)
        {
            return null;
        }

        foreach (var assignment in document.Assignments)
        {
            assignment.Section ??= document.Sections.FirstOrDefault(section => section.Id == assignment.DocumentSectionId);
        }

        return document;
    }

    private static List<DocumentSection> Ordered(PolicyDocument document) =>
        document.Sections.Where(section => section.DeletedAt is null).OrderBy(section => section.SortOrder).ThenBy(section => section.Id).ToList();

    /// <summary>
    /// The passages of a section: the ranges its live assignments use, or the whole section. Paragraphs between those
    /// ranges are passages of their own, so a split half without a topic, or a passage whose last topic was removed,
    /// stays in view and can still be filed.
    /// </summary>
    private static List<(int? First, int? Last)> PassagesOf(PolicyDocument document, DocumentSection section)
    {
        var used = document.Assignments
            .Where(assignment => assignment.DeletedAt is null && assignment.Section == section)
            .Select(assignment => (First: assignment.FirstParagraph, Last: assignment.LastParagraph))
            .Distinct()
            .OrderBy(range => range.First ?? -1)
            .ToList();
        if (used.All(range => range.First is null))
        {
            return [(null, null)];
        }

        var passages = used.Where(range => range.First is null).ToList();
        var count = Passages.Paragraphs(section.BodyMarkdown).Count;
        var next = 0;
        foreach (var range in used.Where(range => range.First is not null))
        {
            if (range.First > next)
            {
                passages.Add((next, range.First - 1));
            }

            passages.Add(range);
            next = Math.Max(next, (range.Last ?? range.First!.Value) + 1);
        }

        if (next < count)
        {
            passages.Add((next, count - 1));
        }

        return passages;
    }

    private static IEnumerable<TopicAssignment> Live(PolicyDocument document, DocumentSection section, (int? First, int? Last) range) =>
        document.Assignments.Where(assignment => assignment.DeletedAt is null && assignment.Section == section
            && assignment.FirstParagraph == range.First && assignment.LastParagraph == range.Last);

    private static IReadOnlyList<TopicScore> Score(SectionText text, DocumentSection section, (int? First, int? Last) range, CodebookScope scope) =>
        scope.Scorer.Score(text with { Markdown = PassageText.Of(section.BodyMarkdown, range.First, range.Last) });

    private static FilingPassage Passage(PolicyDocument document, DocumentSection section, SectionText text, (int? First, int? Last) range, CodebookScope scope)
    {
        var suggestions = Score(text, section, range, scope)
            .Take(SuggestionsShown)
            .Select(score => (Score: score, Topic: scope.Find(score.Slug)))
            .Where(pair => pair.Topic is not null)
            .Select(pair => new FilingSuggestion(pair.Topic!.Id, pair.Topic.Name, Math.Round(pair.Score.Score, 1), pair.Score.Reasons))
            .ToList();
        // A huge passage shows its first blocks only, so the page stays small (ADR-022); the document page has the rest.
        var (shown, isShortened) = HtmlBlocks.FirstPart(RichTextRenderer.ToHtml(PassageText.Of(section.BodyMarkdown, range.First, range.Last)));
        return Decisions(document, section, range) with { Html = shown, IsShortened = isShortened, Suggestions = suggestions };
    }

    /// <summary>A passage's decisions only (no text, no suggestions): what the totals count.</summary>
    private static FilingPassage Decisions(PolicyDocument document, DocumentSection section, (int? First, int? Last) range)
    {
        var live = Live(document, section, range).ToList();
        return new FilingPassage(range.First, range.Last, "",
            live.Where(assignment => assignment.Topic is not null)
                .Select(assignment => new FilingAssignment(assignment.Id, assignment.Topic!.Id, assignment.Topic.Name, assignment.Score, assignment.Reasons, assignment.ConfirmedBy, assignment.ConfirmedAt))
                .ToList(),
            [],
            live.Any(assignment => assignment.Topic is null));
    }
}
