using InkoopPortal.Application.Codebook;

namespace InkoopPortal.Web.Components.Pages.Editing.Documents;

/// <summary>The figures of the filing page's bar, over the whole document (not only the part shown): assignments automatic and confirmed, passages without a topic, and passages per topic.</summary>
public sealed class FilingCounts
{
    private readonly Dictionary<int, int> _passagesPerTopic;

    private FilingCounts(int automatic, int confirmed, int unassigned, int leftOut, Dictionary<int, int> passagesPerTopic)
    {
        Automatic = automatic;
        Confirmed = confirmed;
        Unassigned = unassigned;
        LeftOut = leftOut;
        _passagesPerTopic = passagesPerTopic;
    }

    /// <summary>Assignments the mapper made that no editor confirmed yet.</summary>
    public int Automatic { get; }

    /// <summary>Assignments an editor confirmed (or made).</summary>
    public int Confirmed { get; }

    /// <summary>Passages of policy content without a topic and without an editor's "nowhere".</summary>
    public int Unassigned { get; }

    /// <summary>Passages an editor left out on purpose ("Nergens indelen").</summary>
    public int LeftOut { get; }

    public int PassagesOf(int topicId) => _passagesPerTopic.GetValueOrDefault(topicId);

    public static FilingCounts Of(DocumentFiling filing)
    {
        var passages = filing.Decisions;
        var assignments = passages.SelectMany(passage => passage.Assignments).ToList();
        return new FilingCounts(
            assignments.Count(assignment => assignment.IsAutomatic),
            assignments.Count(assignment => !assignment.IsAutomatic),
            passages.Count(passage => passage.Assignments.Count == 0 && !passage.LeftUnassigned),
            passages.Count(passage => passage.Assignments.Count == 0 && passage.LeftUnassigned),
            assignments.GroupBy(assignment => assignment.TopicId).ToDictionary(group => group.Key, group => group.Count()));
    }
}
