using InkoopPortal.Application.Content;

namespace InkoopPortal.Application.Import.Names;

/// <summary>
/// The form names are compared in: letters and digits only, lower case, no diacritics. "Zilverenkruis" and
/// "Zilveren Kruis", "ASR" and "a.s.r." compare equal.
/// </summary>
public static class NameKey
{
    public static string From(string name) => Slug.From(name).Replace("-", "", StringComparison.Ordinal);
}
