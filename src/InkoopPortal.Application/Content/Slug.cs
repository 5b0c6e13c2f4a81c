using System.Globalization;
using System.Text;

namespace InkoopPortal.Application.Content;

/// <summary>Turns a name into a stable key: lowercase ASCII, words joined by "-" ("ROS'sen" → "rossen").</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark
                || character is '\'' or '\u2018' or '\u2019' or '`')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(character);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                if (pendingDash)
                {
                    builder.Append('-');
                    pendingDash = false;
                }

                builder.Append(lower);
            }
            else
            {
                pendingDash = builder.Length > 0;
            }
        }

        return builder.ToString();
    }
}
