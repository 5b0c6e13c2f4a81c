using System.Globalization;

namespace InkoopPortal.Application.Editing.Documents;

/// <summary>The checks the document forms share, each with its specific Dutch message.</summary>
public sealed class FieldChecks
{
    /// <summary>The longest free text (a change, a condition, a description) an editor may save in one field.</summary>
    public const int LongText = 20_000;

    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private readonly List<FieldMessage> _messages = [];

    public IReadOnlyList<FieldMessage> Messages => _messages;

    public void Add(string field, string message) => _messages.Add(new FieldMessage(field, message));

    /// <summary>Not empty and at most <paramref name="maxLength"/> characters; <paramref name="label"/> as in "Vul {label} in".</summary>
    public void Required(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"Vul {label} in.");
        }
        else
        {
            MaxLength(field, value, label, maxLength);
        }
    }

    public void MaxLength(string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, string.Format(Dutch, "{0} is {1:N0} tekens lang; ten hoogste {2:N0} tekens mogen. Kort de tekst in.",
                Capitalized(label), value.Length, maxLength));
        }
    }

    public void Year(string field, int? year, string label)
    {
        if (year is { } value && (value < FirstYear || value > LastYear))
        {
            Add(field, $"{Capitalized(label)} {value} kan niet: kies een jaar van {FirstYear} tot en met {LastYear}.");
        }
    }

    /// <summary>Empty, or an absolute http(s) address: no javascript:, data: or relative links.</summary>
    public void WebAddress(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!IsWebAddress(value.Trim()))
        {
            Add(field, $"'{Shortened(value.Trim())}' is geen geldig webadres voor {label}: vul een volledig adres in dat begint met http:// of https:// (bijvoorbeeld https://www.zorgverzekeraar.nl/inkoopbeleid).");
        }
        else
        {
            MaxLength(field, value, label, Domain.FieldLimits.Url);
        }
    }

    /// <summary>A number as the editor types it ("95,5", "100000", "-2"); null (with a message) when it is not one.</summary>
    public decimal? Number(string field, string? text, string label)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            Add(field, $"Vul {label} in (een getal, bijvoorbeeld 95,5).");
            return null;
        }

        if (value.Contains('.', StringComparison.Ordinal))
        {
            Add(field, $"Schrijf {label} zonder punten en met een komma voor decimalen, bijvoorbeeld 100000 of 95,5 (niet '{Shortened(value)}').");
            return null;
        }

        if (!TryParseNumber(value, out var number))
        {
            Add(field, $"'{Shortened(value)}' is geen getal: vul {label} in als getal, bijvoorbeeld 100000 of 95,5.");
            return null;
        }

        return number;
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    public static bool TryParseNumber(string? text, out decimal number) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Dutch, out number);

    /// <summary>A number for an edit field: "95,5", "100000" (no thousands separators, so it parses back the same).</summary>
    public static string NumberText(decimal value) => value.ToString("0.##########", Dutch);

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Capitalized(string label) => char.ToUpper(label[0], Dutch) + label[1..];

    private static string Shortened(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
