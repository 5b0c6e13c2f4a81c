using InkoopPortal.Application.Content;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Import.ComparisonTable;

/// <summary>One table: its purchaser columns by position and their identities (to recognise the header repeated).</summary>
internal sealed class TableSection(int line, IReadOnlyList<ParsedColumn> columns, IReadOnlyList<string> identities)
{
    public int Line { get; } = line;

    /// <summary>The purchaser of cell index i + 2 (cell 1 is the topic).</summary>
    public IReadOnlyList<ParsedColumn> Columns { get; } = columns;

    /// <summary>True for the same purchasers in the same order, however they are spelled: the header after a page break.</summary>
    public bool HasHeader(IReadOnlyList<string> otherIdentities) => identities.SequenceEqual(otherIdentities);
}

/// <summary>A footnote marker in a cell, where it was written.</summary>
internal readonly record struct FootnoteUse(int Number, int Line, int Column);

/// <summary>Collects topics, columns and cells across the tables and merges what belongs together.</summary>
internal sealed class ComparisonTableBuilder(Func<string, string> purchaserIdentity)
{
    private readonly List<ParsedColumn> _columns = [];
    private readonly Dictionary<string, ParsedColumn> _columnsByIdentity = new(StringComparer.Ordinal);
    private readonly List<ParsedTopicGroup> _groups = [];
    private readonly List<TopicBuilder> _topics = [];
    private readonly Dictionary<string, TopicBuilder> _topicsByKey = new(StringComparer.Ordinal);
    private readonly List<CellBuilder> _cells = [];
    private readonly Dictionary<(TopicBuilder, ParsedColumn), CellBuilder> _cellsByPosition = [];

    public IReadOnlyList<ParsedColumn> Columns => _columns;

    public IReadOnlyList<ParsedTopicGroup> Groups => _groups;

    public IReadOnlyList<ParsedTopic> Topics => _topics.Select(topic => topic.Build()).ToList();

    /// <summary>The key a written purchaser name is merged on ("Zilverenkruis" and "Zilveren Kruis" are one).</summary>
    public string Identity(string name) => purchaserIdentity(name);

    public bool HasColumn(string identity) => _columnsByIdentity.ContainsKey(identity);

    /// <summary>The column for this purchaser; the spelling where it was first seen wins.</summary>
    public ParsedColumn GetOrAddColumn(string name, string identity, int line, int column)
    {
        if (_columnsByIdentity.TryGetValue(identity, out var existing))
        {
            return existing;
        }

        var added = new ParsedColumn(name, line, column);
        _columns.Add(added);
        _columnsByIdentity[identity] = added;
        return added;
    }

    public string AddGroup(string name, int line)
    {
        var key = Slug.From(name);
        if (_groups.All(group => group.Key != key))
        {
            _groups.Add(new ParsedTopicGroup(key, name, line));
        }

        return key;
    }

    public TopicBuilder? FindTopic(string key) => _topicsByKey.GetValueOrDefault(key);

    /// <summary>The topic of a row; a topic seen before (e.g. in the other column set) is merged into.</summary>
    public TopicBuilder AddTopic(TopicCell cell, string? groupKey, int line)
    {
        if (!_topicsByKey.TryGetValue(cell.Key, out var topic))
        {
            topic = new TopicBuilder(cell.Key, cell.Name, groupKey, cell.IsPrecondition, line);
            _topics.Add(topic);
            _topicsByKey[cell.Key] = topic;
        }

        topic.AddQuestions(cell.GuidingQuestions);
        return topic;
    }

    /// <summary>Adds content to the (topic, purchaser) cell, after what is there already.</summary>
    public void AddContent(
        TopicBuilder topic, ParsedColumn column, CellContent content, int line, int columnIndex, IEnumerable<FootnoteUse> footnotes)
    {
        if (_cellsByPosition.TryGetValue((topic, column), out var cell))
        {
            ContinuationMerger.Append(cell.Content, content);
        }
        else
        {
            cell = new CellBuilder(topic, column, content, line, columnIndex);
            _cells.Add(cell);
            _cellsByPosition[(topic, column)] = cell;
        }

        cell.Footnotes.AddRange(footnotes);
    }

    /// <summary>The cells with their footnotes bound; a marker that cannot be bound is a problem.</summary>
    public List<ParsedCell> BuildCells(FootnoteDefinitions definitions, List<ImportProblem> problems) =>
        _cells.Select(cell => cell.Build(definitions, problems)).ToList();

    internal sealed class TopicBuilder(string key, string name, string? groupKey, bool isPrecondition, int line)
    {
        private readonly List<string> _questions = [];

        public string Key { get; } = key;

        public string Name { get; } = name;

        public void AddQuestions(IEnumerable<string> added)
        {
            foreach (var question in added.Where(question => !IsCovered(question)))
            {
                _questions.Add(question);
            }
        }

        public ParsedTopic Build() => new(Key, Name, groupKey, isPrecondition, _questions.ToList(), line);

        // A question is known when it only repeats known questions: the second column set writes
        // "Huisartsenposten, anw Persoonsgerichte zorg" for the two questions "Huisartsenposten, anw" and
        // "Persoonsgerichte zorg" of the first.
        private bool IsCovered(string question)
        {
            var rest = _questions.OrderByDescending(known => known.Length).Aggregate(
                question, (text, known) => text.Replace(known, " ", StringComparison.OrdinalIgnoreCase));
            return !rest.Any(char.IsLetterOrDigit);
        }
    }

    private sealed class CellBuilder(TopicBuilder topic, ParsedColumn column, CellContent content, int line, int columnIndex)
    {
        public CellContent Content { get; } = content;

        public List<FootnoteUse> Footnotes { get; } = [];

        public ParsedCell Build(FootnoteDefinitions definitions, List<ImportProblem> problems)
        {
            var texts = new Dictionary<int, (int Line, string Text)>();
            foreach (var use in Footnotes)
            {
                var marker = FootnoteMarkers.ToMarker(use.Number);
                if (definitions.Find(use.Number, use.Line) is not { } definition)
                {
                    problems.Add(new ImportProblem(use.Line, use.Column,
                        $"Voetnoot {marker} in deze cel heeft geen voetnoottekst. Zet ergens in het bestand (onder de "
                        + $"rij, onder de tabel of aan het eind) een regel die begint met {marker} en de tekst van de voetnoot."));
                }
                else if (texts.TryGetValue(use.Number, out var bound) && bound.Line != definition.Line)
                {
                    problems.Add(new ImportProblem(use.Line, use.Column,
                        $"Voetnoot {marker} komt twee keer voor in deze cel en verwijst dan naar twee verschillende "
                        + $"voetnootteksten (regel {bound.Line} en regel {definition.Line}). Nummer de voetnoten verschillend."));
                }
                else
                {
                    texts[use.Number] = definition;
                }
            }

            var (status, wording) = CellStatusClassifier.Classify(Content);
            var markdown = status == StatementStatus.Content
                ? CellMarkdownWriter.Write(Content, texts.ToDictionary(pair => pair.Key, pair => pair.Value.Text))
                : "";
            return new ParsedCell(column.PurchaserName, topic.Key, status, markdown, line, columnIndex, wording);
        }
    }
}
