using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace InkoopPortal.Application.Accounts;

/// <summary>
/// Refuses the most common passwords (ADR-024): the 10,000 of SecLists' list and the portal's Dutch additions
/// (<c>data/reference/common-passwords*.txt</c>, built in). Compared in lower case; a listed word followed only by
/// digits, spaces or punctuation counts as listed too, because that is how a short common password is stretched to
/// the minimum length (<c>wachtwoord12</c>, <c>123456789012</c>, <c>Welkom2026!!</c>).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    public const string Code = "CommonPassword";

    public const string Message =
        "Dit wachtwoord komt voor in een lijst van veelgebruikte wachtwoorden (eventueel met cijfers of tekens erachter) " +
        "en is daardoor snel te raden. Kies een ander wachtwoord, bijvoorbeeld een zin van een paar woorden.";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);

    public static bool IsCommon(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        var normalized = password.Trim().ToLowerInvariant();
        var list = List.Value;
        if (list.Contains(normalized))
        {
            return true;
        }

        // Every split into a listed head and a tail without letters: the tail is where the digits were added.
        var tailStart = normalized.Length;
        while (tailStart > 0 && !char.IsLetter(normalized[tailStart - 1]))
        {
            tailStart--;
        }

        for (var end = tailStart; end < normalized.Length; end++)
        {
            if (end > 0 && list.Contains(normalized[..end]))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Load()
    {
        var assembly = typeof(CommonPasswordValidator).Assembly;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "InkoopPortal.common-passwords.txt", "InkoopPortal.common-passwords-nl.txt" })
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The built-in password list {name} is missing.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Trim() is { Length: > 0 } word)
                {
                    words.Add(word.ToLowerInvariant());
                }
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
