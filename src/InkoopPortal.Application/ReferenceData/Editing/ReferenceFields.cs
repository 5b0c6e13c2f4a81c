using System.Globalization;
using InkoopPortal.Application.Editing;
using InkoopPortal.Domain;

namespace InkoopPortal.Application.ReferenceData.Editing;

/// <summary>
/// The checks every reference data form shares (names, slugs, web addresses, lists of names), each adding a specific
/// Dutch message for its field. The limits are the columns' own (<see cref="FieldLimits"/>).
/// </summary>
public static class ReferenceFields
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A required name: trimmed, not empty, not longer than <paramref name="limit"/>.</summary>
    public static string Name(List<FieldMessage> messages, string field, string? value, int limit, string what)
    {
        var name = value?.Trim() ?? "";
        if (name.Length == 0)
        {
            messages.Add(new FieldMessage(field, $"Vul {what} in."));
        }
        else if (name.Length > limit)
        {
            messages.Add(new FieldMessage(field, string.Format(Dutch,
                "{0} is {1:N0} tekens lang; ten hoogste {2:N0} tekens zijn toegestaan.", Capitalized(what), name.Length, limit)));
        }

        return name;
    }

    /// <summary>
    /// A slug as <see cref="Content.Slug.From"/> makes them: lower case a-z and digits joined by single dashes. Empty
    /// means "make it from the name". Returns the slug to store.
    /// </summary>
    public static string Slug(List<FieldMessage> messages, string field, string? value, string name)
    {
        var slug = value?.Trim() ?? "";
        if (slug.Length == 0)
        {
            slug = Content.Slug.From(name);
            if (slug.Length == 0 && name.Length > 0)
            {
                messages.Add(new FieldMessage(field,
                    "Uit deze naam valt geen slug te maken; vul zelf een slug in met kleine letters, cijfers en streepjes."));
            }

            return slug;
        }

        if (slug.Length > FieldLimits.Slug)
        {
            messages.Add(new FieldMessage(field, string.Format(Dutch,
                "De slug is {0:N0} tekens lang; ten hoogste {1:N0} tekens zijn toegestaan.", slug.Length, FieldLimits.Slug)));
        }
        else if (Content.Slug.From(slug) != slug)
        {
            var suggestion = Content.Slug.From(slug);
            messages.Add(new FieldMessage(field,
                "Een slug bestaat alleen uit kleine letters (a-z), cijfers en losse streepjes ertussen, zonder spaties of accenten" +
                (suggestion.Length > 0 ? $", bijvoorbeeld '{suggestion}'." : ".")));
        }

        return slug;
    }

    /// <summary>An optional web address: empty, or an absolute http or https URL.</summary>
    public static string? Website(List<FieldMessage> messages, string field, string? value)
    {
        var url = value?.Trim() ?? "";
        if (url.Length == 0)
        {
            return null;
        }

        if (url.Length > FieldLimits.Url)
        {
            messages.Add(new FieldMessage(field, string.Format(Dutch,
                "Het webadres is {0:N0} tekens lang; ten hoogste {1:N0} tekens zijn toegestaan.", url.Length, FieldLimits.Url)));
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                 || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                 || string.IsNullOrEmpty(uri.Host))
        {
            messages.Add(new FieldMessage(field,
                $"'{url}' is geen geldig webadres. Gebruik een volledig adres dat begint met https:// of http://, bijvoorbeeld https://www.cz.nl."));
        }

        return url;
    }

    /// <summary>
    /// A list of names (aliases, labels, guiding questions): trimmed, empty lines left out, each within
    /// <paramref name="limit"/> and none twice (ignoring case; the shipped aliases hold spellings that differ only
    /// in accents, such as "én" and "en", on purpose).
    /// </summary>
    public static List<string> Names(
        List<FieldMessage> messages, string field, IEnumerable<string>? values, int limit, string what, string plural)
    {
        var names = (values ?? []).Select(value => value?.Trim() ?? "").Where(value => value.Length > 0).ToList();
        foreach (var name in names.Where(name => name.Length > limit))
        {
            messages.Add(new FieldMessage(field, string.Format(Dutch,
                "{0} '{1}…' is {2:N0} tekens lang; ten hoogste {3:N0} tekens zijn toegestaan.", Capitalized(what), name[..Math.Min(30, name.Length)], name.Length, limit)));
        }

        var duplicates = names
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => string.Join("' en '", group.Distinct()));
        foreach (var duplicate in duplicates)
        {
            messages.Add(new FieldMessage(field, $"'{duplicate}' staat meer dan eens bij de {plural}; laat er één staan."));
        }

        return names;
    }

    /// <summary>The message for a slug another live record already has.</summary>
    public static FieldMessage SlugTaken(string field, string slug, string ownerName) =>
        new(field, $"De slug '{slug}' is al in gebruik door '{ownerName}'. Kies een andere slug.");

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
