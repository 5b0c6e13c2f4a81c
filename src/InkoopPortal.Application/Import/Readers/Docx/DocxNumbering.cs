using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace InkoopPortal.Application.Import.Readers.Docx;

/// <summary>A paragraph's place in a Word list: its level (w:ilvl), whether it is a bullet, its counter and the label Word shows ("2.2", "b)").</summary>
internal sealed record DocxListMark(int Level, bool IsBullet, int Value, string Label);

/// <summary>
/// Word's list numbering (numbering.xml) replayed in document order: each w:num keeps a counter per level, a level
/// counts from its w:start (or a w:startOverride), a deeper level restarts when a higher one counts, and the label is
/// the level's w:lvlText with every %n replaced by level n's counter in its own format (decimal, letters, roman).
/// </summary>
internal sealed partial class DocxNumbering(MainDocumentPart part, DocxStyles styles)
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> instances = part.NumberingDefinitionsPart?.Numbering?.Elements<NumberingInstance>()
        .Where(instance => instance.NumberID?.Value is not null).GroupBy(instance => instance.NumberID!.Value).ToDictionary(group => group.Key, group => group.First()) ?? [];

    private readonly Dictionary<int, AbstractNum> abstracts = part.NumberingDefinitionsPart?.Numbering?.Elements<AbstractNum>()
        .Where(abstractNum => abstractNum.AbstractNumberId?.Value is not null).GroupBy(abstractNum => abstractNum.AbstractNumberId!.Value).ToDictionary(group => group.Key, group => group.First()) ?? [];

    private readonly Dictionary<int, int?[]> counters = [];

    /// <summary>Counts the paragraph in its list and gives its mark; null when it is not in a list (no w:num, numId 0).</summary>
    public DocxListMark? Next(NumberingProperties? numbering, string? styleId)
    {
        if (numbering?.NumberingId?.Val?.Value is not { } numId || numId == 0 || !instances.TryGetValue(numId, out var instance)
            || AbstractOf(instance, 0) is not { } abstractNum)
        {
            return null;
        }

        var levels = Enumerable.Range(0, Levels).Select(index => LevelOf(instance, abstractNum, index)).ToArray();
        var ilvl = numbering.NumberingLevelReference?.Val?.Value
            ?? Array.FindIndex(levels, level => styleId is not null && level?.ParagraphStyleIdInLevel?.Val?.Value == styleId);
        ilvl = Math.Clamp(ilvl, 0, Levels - 1);

        if (!counters.TryGetValue(numId, out var counter))
        {
            counter = new int?[Levels];
            counters[numId] = counter;
        }

        counter[ilvl] = counter[ilvl] is { } value ? value + 1 : StartOf(instance, levels[ilvl], ilvl);
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            counter[deeper] = null;
        }

        var format = levels[ilvl]?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        var isBullet = format == NumberFormatValues.Bullet;
        var legal = levels[ilvl]?.IsLegalNumberingStyle is { } isLegal && (isLegal.Val?.Value ?? true);
        var label = isBullet || format == NumberFormatValues.None ? "" : Placeholder().Replace(levels[ilvl]?.LevelText?.Val?.Value ?? "", match =>
        {
            var index = Math.Clamp(match.Groups["level"].Value[0] - '1', 0, Levels - 1);
            var number = counter[index] ?? StartOf(instance, levels[index], index);
            return Format(number, legal ? NumberFormatValues.Decimal : levels[index]?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal);
        });
        return new DocxListMark(ilvl, isBullet, counter[ilvl]!.Value, label.Trim());
    }

    /// <summary>The abstract list of an instance; a w:numStyleLink points through a numbering style to another instance.</summary>
    private AbstractNum? AbstractOf(NumberingInstance instance, int depth)
    {
        if (instance.AbstractNumId?.Val?.Value is not { } abstractId || !abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        if (depth < 3 && abstractNum.NumberingStyleLink?.Val?.Value is { } link
            && styles.NumberingOfStyle(link)?.NumberingId?.Val?.Value is { } linkedId && instances.TryGetValue(linkedId, out var linked))
        {
            return AbstractOf(linked, depth + 1) ?? abstractNum;
        }

        return abstractNum;
    }

    private static Level? LevelOf(NumberingInstance instance, AbstractNum abstractNum, int index) =>
        instance.Elements<LevelOverride>().FirstOrDefault(@override => @override.LevelIndex?.Value == index)?.Level
        ?? abstractNum.Elements<Level>().FirstOrDefault(level => level.LevelIndex?.Value == index);

    private static int StartOf(NumberingInstance instance, Level? level, int index) =>
        instance.Elements<LevelOverride>().FirstOrDefault(@override => @override.LevelIndex?.Value == index)?.StartOverrideNumberingValue?.Val?.Value
        ?? level?.StartNumberingValue?.Val?.Value
        ?? 1;

    private static string Format(int number, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            // Word's letters: a..z, then aa..zz, then aaa...
            var letter = (char)('a' + ((Math.Max(number, 1) - 1) % 26));
            var text = new string(letter, ((Math.Max(number, 1) - 1) / 26) + 1);
            return format == NumberFormatValues.UpperLetter ? text.ToUpperInvariant() : text;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(number);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return number.ToString("00", CultureInfo.InvariantCulture);
        }

        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int number)
    {
        var builder = new StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; number >= value; number -= value)
            {
                builder.Append(symbol);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"%(?<level>[1-9])")]
    private static partial Regex Placeholder();
}
