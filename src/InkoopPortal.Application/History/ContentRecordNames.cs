using System.Globalization;

namespace InkoopPortal.Application.History;

/// <summary>Dutch names of the kinds of content records, for messages and history pages ("celtekst", "onderwerpen").</summary>
public static class ContentRecordNames
{
    private static readonly Dictionary<string, (string Singular, string Plural)> Names = new(StringComparer.Ordinal)
    {
        ["Concern"] = ("concern", "concerns"),
        ["Purchaser"] = ("inkoper", "inkopers"),
        ["PurchaserLabel"] = ("label", "labels"),
        ["Region"] = ("regio", "regio's"),
        ["CareType"] = ("zorgsoort", "zorgsoorten"),
        ["TopicGroup"] = ("onderwerpgroep", "onderwerpgroepen"),
        ["Topic"] = ("onderwerp", "onderwerpen"),
        ["PolicyDocument"] = ("beleidsdocument", "beleidsdocumenten"),
        ["Statement"] = ("celtekst", "celteksten"),
        ["PolicyChange"] = ("wijziging", "wijzigingen"),
        ["ContractCondition"] = ("contractvoorwaarde", "contractvoorwaarden"),
        ["ConditionThreshold"] = ("drempelwaarde", "drempelwaarden"),
        ["Deadline"] = ("termijn", "termijnen"),
        ["Figure"] = ("kengetal", "kengetallen"),
        ["DocumentSection"] = ("paragraaf", "paragrafen"),
    };

    /// <summary>"celtekst"; a link between two records (a join table) is a "koppeling".</summary>
    public static string Singular(string entityType) => Names.TryGetValue(entityType, out var name) ? name.Singular : "koppeling";

    public static string Plural(string entityType) => Names.TryGetValue(entityType, out var name) ? name.Plural : "koppelingen";

    /// <summary>"1 celtekst", "3 celteksten".</summary>
    public static string Count(int count, string entityType) =>
        $"{count} {(count == 1 ? Singular(entityType) : Plural(entityType))}";

    /// <summary>"Celtekst 12": the kind with a capital and the record's number, to start a sentence.</summary>
    public static string Named(string entityType, int id)
    {
        var singular = Singular(entityType);
        return $"{char.ToUpper(singular[0], CultureInfo.GetCultureInfo("nl-NL"))}{singular[1..]} {id}";
    }
}
