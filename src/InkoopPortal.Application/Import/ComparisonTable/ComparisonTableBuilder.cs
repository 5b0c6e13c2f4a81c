using InkoopPortal.Application.Content;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>One table: its purchaser columns by position and the footnotes written below it.</summary>
internal sealed class TableSection(int line, IReadOnlyList<ParsedColumn> columns, IReadOnlyList<string> headerKeys)
{
    public int Line { get; } = line;

    /// <summary>The purchaser of cell index i + 2 (cell 1 is the topic).</summary>
    public IReadOnlyList<ParsedColumn> Columns { get; } = columns;

    public Dictionary<int, string> Footnotes { get; } = [];

    public List<(int Number, int Line, int Column)> Markers { get; } = [];

    /// <summary>True for the same header written again after a page break.</summary>
    public bool HasHeader(IReadOnlyList<string> keys) => headerKeys.SequenceEqual(keys);
}

/// <summary>Collects topics, columns and cells across the tables and merges what belongs together.</summary>
internal sealed class ComparisonTableBuilder
{
    private readonly List<ParsedColumn> columns = [];
    private readonly List<ParsedTopicGroup> groups = [];
    private readonly List<TopicBuilder> topics = [];
    private readonly List<CellBuilder> cells = [];

    public IReadOnlyList<ParsedColumn> Columns => columns;

    public IReadOnlyList<ParsedTopicGroup> Groups => groups;

    public IReadOnlyList<ParsedTopic> Topics => topics.Select(topic => topic.Build()).ToList();

    /// <summary>"Zilveren Kruis" and "Zilverenkruis", "Z&amp;Z" and "Z & Z" are the same purchaser.</summary>
    public static string PurchaserKey(string name) => Slug.From(name).Replace("-", "", StringComparison.Ordinal);

    /// <summary>The column for this purchaser; the spelling where it was first seen wins.</summary>
    public ParsedColumn GetOrAddColumn(string name, int line, int column)
    {
        var key = PurchaserKey(name);
        var existing = columns.FirstOrDefault(candidate => PurchaserKey(candidate.PurchaserName) == key);
        if (existing is not null)
        {
            return existing;
        }

        var added = new ParsedColumn(name, line, column);
        columns.Add(added);
        return added;
    }

    public string AddGroup(string name, int line)
    {
        var key = Slug.From(name);
        if (groups.All(group => group.Key != key))
        {
            groups.Add(new ParsedTopicGroup(key, name, line));
        }

        return key;
    }

    /// <summary>The topic of a row; a topic seen before (e.g. in the other column set) is merged into.</summary>
    public TopicBuilder AddTopic(TopicCell cell, string? groupKey, int line)
    {
        var topic = topics.FirstOrDefault(candidate => candidate.Key == cell.Key);
        if (topic is null)
        {
            topic = new TopicBuilder(cell.Key, cell.Name, groupKey, cell.IsPrecondition, line);
            topics.Add(topic);
        }

        topic.AddQuestions(cell.GuidingQuestions);
        return topic;
    }

    /// <summary>Adds content to the (topic, purchaser) cell, after what is there already.</summary>
    public void AddContent(
        TopicBuilder topic, ParsedColumn column, CellContent content, int line, int columnIndex, TableSection table)
    {
        var cell = cells.FirstOrDefault(candidate => candidate.Topic == topic && candidate.Column == column);
        if (cell is null)
        {
            cells.Add(new CellBuilder(topic, column, content, line, columnIndex, table));
            return;
        }

        ContinuationMerger.Append(cell.Content, content);
        cell.Tables.Add(table);
    }

    public List<ParsedCell> BuildCells() => cells.Select(cell => cell.Build()).ToList();

    internal sealed class TopicBuilder(string key, string name, string? groupKey, bool isPrecondition, int line)
    {
        private readonly List<string> questions = [];

        public string Key { get; } = key;

        public void AddQuestions(IEnumerable<string> added)
        {
            foreach (var question in added.Where(question => !IsCovered(question)))
            {
                questions.Add(question);
            }
        }

        public ParsedTopic Build() => new(Key, name, groupKey, isPrecondition, questions.ToList(), line);

        // A question is known when it only repeats known questions: the second column set writes
        // "Huisartsenposten, anw Persoonsgerichte zorg" for the two questions "Huisartsenposten, anw" and
        // "Persoonsgerichte zorg" of the first.
        private bool IsCovered(string question)
        {
            var rest = questions.OrderByDescending(known => known.Length).Aggregate(
                question, (text, known) => text.Replace(known, " ", StringComparison.OrdinalIgnoreCase));
            return !rest.Any(char.IsLetterOrDigit);
        }
    }

    private sealed class CellBuilder(
        TopicBuilder topic, ParsedColumn column, CellContent content, int line, int columnIndex, TableSection table)
    {
        public TopicBuilder Topic { get; } = topic;

        public ParsedColumn Column { get; } = column;

        public CellContent Content { get; } = content;

        public HashSet<TableSection> Tables { get; } = [table];

        public ParsedCell Build()
        {
            var status = CellStatusClassifier.Classify(Content);
            var footnotes = new Dictionary<int, string>();
            foreach (var (number, text) in Tables.SelectMany(section => section.Footnotes))
            {
                footnotes.TryAdd(number, text);
            }

            var markdown = status == StatementStatus.Content
                ? CellMarkdownWriter.Write(Content, footnotes)
                : "";
            return new ParsedCell(Column.PurchaserName, Topic.Key, status, markdown, line, columnIndex);
        }
    }
}
