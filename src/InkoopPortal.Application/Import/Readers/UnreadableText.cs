namespace InkoopPortal.Application.Import.Readers;

/// <summary>
/// The one rule for text a reader got but nobody can read (ADR-032): more than <see cref="MaximumShare"/> of its
/// characters are replacement (U+FFFD), private-use or control characters (a font without a text encoding, a wrong
/// character set). Such a file is refused rather than stored.
/// </summary>
public static class UnreadableText
{
    public const double MaximumShare = 0.10;

    /// <summary>The unreadable characters' share in percent when it is above <see cref="MaximumShare"/>, else null.</summary>
    public static int? TooMuch(string text)
    {
        var characters = text.Count(character => !char.IsWhiteSpace(character));
        var unreadable = text.Count(IsUnreadable);
        return characters > 0 && unreadable > characters * MaximumShare ? unreadable * 100 / characters : null;
    }

    public static bool IsUnreadable(char character) =>
        character == '\uFFFD' || (!char.IsWhiteSpace(character) && char.GetUnicodeCategory(character)
            is System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.Control);
}
