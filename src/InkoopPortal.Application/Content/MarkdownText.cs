using System.Text;

namespace InkoopPortal.Application.Content;

/// <summary>Helpers to write source text into Markdown without it being read as Markdown syntax.</summary>
public static class MarkdownText
{
    private const string SpecialCharacters = "\\`*_[]<>|^~";

    /// <summary>Escapes characters that Markdown would treat as inline syntax.</summary>
    public static string EscapeInline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (SpecialCharacters.Contains(character))
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Escapes inline syntax and also what would start a block at the beginning of a line
    /// ("# ", "- ", "+ ", "1. ", "> "), so a paragraph of source text stays a paragraph.
    /// </summary>
    public static string EscapeParagraph(string text)
    {
        var escaped = EscapeInline(text);
        if (escaped.Length == 0)
        {
            return escaped;
        }

        var first = escaped[0];
        if (first is '#' or '-' or '+' or '=' or '>')
        {
            return "\\" + escaped;
        }

        // "1. text" or "1) text" would become an ordered list.
        var digits = 0;
        while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')')
        {
            return escaped[..digits] + "\\" + escaped[digits..];
        }

        return escaped;
    }

    /// <summary>Collapses runs of white space (including non-breaking spaces) to one space and trims.</summary>
    public static string NormalizeWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
