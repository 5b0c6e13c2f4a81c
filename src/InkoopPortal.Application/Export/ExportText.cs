using System.Text;

namespace InkoopPortal.Application.Export;

/// <summary>
/// Makes any text safe as one spreadsheet cell: characters XML cannot hold are dropped (an .xlsx is XML, and a
/// stray control character would make Excel refuse the whole file), line breaks become "\n", and the text is cut at
/// Excel's limit of 32,767 characters per cell with a visible note.
/// </summary>
public static class ExportText
{
    public const int MaximumCellLength = 32_767;
    public const string ShortenedNote = "… (ingekort: de volledige tekst staat in de portal)";

    public static string ForCell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaximumCellLength + 1));
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\r')
            {
                // "\r\n" and a lone "\r" are both one line break.
                builder.Append('\n');
                if (index + 1 < text.Length && text[index + 1] == '\n')
                {
                    index++;
                }
            }
            else if (char.IsHighSurrogate(character) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                builder.Append(character).Append(text[index + 1]);
                index++;
            }
            else if (IsXmlCharacter(character))
            {
                builder.Append(character);
            }

            if (builder.Length > MaximumCellLength)
            {
                break;
            }
        }

        return builder.Length <= MaximumCellLength ? builder.ToString() : Shorten(builder);
    }

    /// <summary>XML 1.0's characters (a lone surrogate is not one; pairs are handled by the caller).</summary>
    private static bool IsXmlCharacter(char character) =>
        character is '\t' or '\n' or >= '\u0020' and <= '\uD7FF' or >= '\uE000' and <= '\uFFFD';

    private static string Shorten(StringBuilder builder)
    {
        var keep = MaximumCellLength - ShortenedNote.Length;
        if (char.IsHighSurrogate(builder[keep - 1]))
        {
            keep--; // never split a surrogate pair
        }

        return builder.ToString(0, keep) + ShortenedNote;
    }
}
