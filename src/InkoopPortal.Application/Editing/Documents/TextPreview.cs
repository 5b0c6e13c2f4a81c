namespace InkoopPortal.Application.Editing.Documents;

/// <summary>The start of a text on one line, for lists ("Zorgaanbieders leveren het regioplan…").</summary>
public static class TextPreview
{
    public static string Of(string? text, int maxLength)
    {
        var flat = string.Join(' ', (text ?? "").Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= maxLength ? flat : flat[..(maxLength - 1)].TrimEnd() + "…";
    }
}
