namespace InkoopPortal.Application.Import;

/// <summary>
/// Characters a database cannot store: PostgreSQL refuses U+0000 in text (SQLite would keep it), so a file with one
/// is refused with its position on both providers instead of failing at the end of an import on one of them.
/// </summary>
public static class UnstorableCharacters
{
    private const int MaxProblems = 20;

    /// <summary>One problem per line with a NUL character: its line and tab-separated column (from 1), in Dutch.</summary>
    public static IReadOnlyList<ImportProblem> Find(string text)
    {
        var problems = new List<ImportProblem>();
        if (!text.Contains('\0'))
        {
            return problems;
        }

        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length && problems.Count < MaxProblems; index++)
        {
            var position = lines[index].IndexOf('\0');
            if (position >= 0)
            {
                var column = lines[index][..position].Count(character => character == '\t') + 1;
                problems.Add(new ImportProblem(index + 1, column,
                    "Deze regel bevat een nulteken (U+0000), dat niet kan worden opgeslagen. Verwijder het uit het bronbestand."));
            }
        }

        return problems;
    }

    /// <summary>True when <paramref name="text"/> holds a character that cannot be stored (for form validation).</summary>
    public static bool Contains(string? text) => text is not null && text.Contains('\0');
}
