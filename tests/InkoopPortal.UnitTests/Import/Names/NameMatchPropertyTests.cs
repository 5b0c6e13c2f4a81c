using System.Text;
using CsCheck;
using InkoopPortal.Application.Import.Names;

namespace InkoopPortal.UnitTests.Import.Names;

/// <summary>
/// Properties of name matching: case, diacritics, punctuation between words and a bracketed qualifier never change
/// what a name resolves to; and any text at all gives a match, a new name or a conflict, never an exception.
/// </summary>
public class NameMatchPropertyTests
{
    private const int Iterations = 400;

    private static readonly string[] Punctuation = [".", ",", "-", "'", "’", ":", ";", "!", "?", "\"", "*", "–"];

    private static readonly Dictionary<char, string> Accents = new()
    {
        ['a'] = "áàäâ", ['e'] = "éèëê", ['i'] = "íìïî", ['o'] = "óòöô", ['u'] = "úùüû", ['c'] = "ç", ['n'] = "ñ", ['y'] = "ÿý",
    };

    /// <summary>Names of every outcome: matched in each way, new with and without a suggestion, conflicts; purchasers and topics.</summary>
    private static readonly (bool IsTopic, string Name, string CareType)[] Pool =
    [
        (false, "Zilveren Kruis", "huisartsenzorg"), (false, "CZ", "huisartsenzorg"), (false, "Z&Z", "msz"),
        (false, "De Amersfoortse", "elv"), (false, "Eno/Salland", "huisartsenzorg"), (false, "Coöperatie VGZ", "ggz"),
        (false, "Mentis", "huisartsenzorg"), (false, "Verzekeraar Fantasia", "huisartsenzorg"), (false, "Eno/CZ", "huisartsenzorg"),
        (false, "Zilverkruis", "huisartsenzorg"), (false, "Zorgkantoor CZ", "huisartsenzorg"), (false, "DSW Zorgverzekeraar", "grz"),
        (false, "CZ zorgkantoor", "wlz-vv"), (false, "Zilveren Kruis (incl de Friesland)", "wlz-vv"), (false, "Eno/Salland", "wlz-gz"),
        (false, "Zorg en zekerheid", "wlz-ggz"), (false, "ONVZ", "wlz-vv"), (false, "Zorgkantoor Noord", "wlz-vv"),
        (false, "Zorgkantoor Mentis", "wlz-vv"), (false, "De Friesland", "wlz-gz"), (false, "VGZ/CZ", "wlz-vv"),
        (true, "Regioplan / regiobeeld", "huisartsenzorg"), (true, "Kwaliteitsbeleid en zorginhoud", "huisartsenzorg"),
        (true, "Samenwerkingsafspraak", "huisartsenzorg"), (true, "Automatisering en ICT", "huisartsenzorg"),
        (true, "Hoofddoelstellingen", "wlz-vv"), (true, "Maatwerkafspraken", "huisartsenzorg"), (true, "Regioplan/Automatisering", "huisartsenzorg"),
    ];

    [Fact]
    public void Case_never_changes_the_match() =>
        SameOutcome(Gen.Int.Select(seed => (Func<string, string>)(name => ChangeCase(name, seed))), keepKind: true);

    [Fact]
    public void Diacritics_never_change_the_match() =>
        SameOutcome(Gen.Int.Select(seed => (Func<string, string>)(name => AddAccents(name, seed))), keepKind: true);

    [Fact]
    public void Punctuation_around_the_words_never_changes_the_match() =>
        SameOutcome(Gen.Int.Select(seed => (Func<string, string>)(name => AddPunctuation(name, seed))), keepKind: true);

    [Fact]
    public void A_bracketed_qualifier_never_changes_what_a_name_resolves_to() =>
        SameOutcome(Text("abcdefghijklmnopqrstuvwxyz ", 1, 20).Select(words => (Func<string, string>)(name => $"{name} ({words})")), keepKind: false);

    [Fact]
    public void All_four_at_once_never_change_what_a_name_resolves_to() =>
        SameOutcome(
            Gen.Select(Gen.Int, Text("abcdefghij ", 1, 12)).Select((seed, words) =>
                (Func<string, string>)(name => AddPunctuation(AddAccents(ChangeCase(name, seed), seed + 1), seed + 2) + $" [{words}]")),
            keepKind: false);

    [Fact]
    public void Any_text_is_matched_new_or_a_conflict_and_never_throws()
    {
        var catalog = ReferenceCatalog.Load();
        var zvw = catalog.CareTypes("huisartsenzorg");
        var wlz = catalog.CareTypes("wlz-vv", "wlz-gz");
        var text = Gen.OneOf(Gen.String, Text("CZVGZDSWENOzorgkantoor ()/&-.", 0, 30), Gen.Char.Array[0, 40].Select(chars => new string(chars)));

        text.Sample(written =>
        {
            foreach (var (careTypes, kind) in new[] { (zvw, Domain.Purchasers.PurchaserKind.HealthInsurer), (wlz, Domain.Purchasers.PurchaserKind.CareOffice) })
            {
                var match = catalog.MatchPurchaser(written, careTypes);
                CheckInvariants(match);
                if (match.IsResolved)
                {
                    catalog.FindPurchaserBySlug(match.Slug!)!.Kind.Should().Be(kind, "the law picks the kind of purchaser");
                }

                var topic = catalog.MatchTopic(written, careTypes);
                CheckInvariants(topic);
                if (topic.IsResolved)
                {
                    catalog.FindTopicBySlug(topic.Slug!)!.CareTypes.Should().Contain(careType => careTypes.Contains(careType));
                }

                var identity = catalog.PurchaserIdentity(careTypes)(written);
                (identity == match.Slug || !identity.Contains('-')).Should().BeTrue($"'{identity}' is a slug only when it is the match's");
            }
        }, iter: Iterations, threads: 1);
    }

    private static Gen<string> Text(string characters, int minimum, int maximum) =>
        Gen.Char[characters].Array[minimum, maximum].Select(chars => new string(chars));

    private static void CheckInvariants(NameMatch match)
    {
        if (match.IsResolved)
        {
            match.Slug.Should().NotBeNullOrEmpty();
            match.Suggestion.Should().BeNull();
        }
        else
        {
            match.Slug.Should().BeNull();
        }

        if (match.Kind == NameMatchKind.Conflict)
        {
            match.Reason.Should().NotBeNullOrWhiteSpace();
        }

        if (match.Suggestion is { } suggestion)
        {
            match.Kind.Should().Be(NameMatchKind.New);
            suggestion.Score.Should().BeInRange(1, NameMatcher.SimilarThreshold);
        }

        if (match.Kind == NameMatchKind.Similar)
        {
            match.Score.Should().BeInRange(NameMatcher.SimilarThreshold, 100);
        }
    }

    /// <summary>Each name of the pool and its variant resolve alike (with <paramref name="keepKind"/>: in the same way too).</summary>
    private static void SameOutcome(Gen<Func<string, string>> variants, bool keepKind)
    {
        var catalog = ReferenceCatalog.Load();
        Gen.Select(Gen.Int[0, Pool.Length - 1], variants).Sample((index, vary) =>
        {
            var (isTopic, name, careType) = Pool[index];
            var careTypes = catalog.CareTypes(careType);
            var variant = vary(name);
            NameMatch Match(string written) => isTopic ? catalog.MatchTopic(written, careTypes) : catalog.MatchPurchaser(written, careTypes);

            var original = Match(name);
            var varied = Match(variant);

            var because = $"'{variant}' is '{name}' ({careType}): {original.Describe(name)} / {varied.Describe(variant)}";
            (varied.IsResolved, varied.Slug, varied.Kind == NameMatchKind.Conflict, varied.Suggestion?.Slug)
                .Should().Be((original.IsResolved, original.Slug, original.Kind == NameMatchKind.Conflict, original.Suggestion?.Slug), because);
            if (keepKind)
            {
                (varied.Kind, varied.Score).Should().Be((original.Kind, original.Score), because);
            }

            if (!isTopic)
            {
                catalog.PurchaserIdentity(careTypes)(variant).Should().Be(catalog.PurchaserIdentity(careTypes)(name), because);
            }
        }, iter: Iterations, threads: 1);
    }

    private static string ChangeCase(string name, int seed)
    {
        var random = new Random(seed);
        return string.Concat(name.Select(character => random.Next(2) == 0 ? char.ToUpperInvariant(character) : char.ToLowerInvariant(character)));
    }

    private static string AddAccents(string name, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        foreach (var character in name)
        {
            var accented = Accents.GetValueOrDefault(char.ToLowerInvariant(character));
            text.Append(accented is not null && random.Next(2) == 0
                ? char.IsUpper(character) ? char.ToUpperInvariant(accented[random.Next(accented.Length)]) : accented[random.Next(accented.Length)]
                : character);
        }

        return text.ToString();
    }

    /// <summary>Punctuation before, after and between the words (next to the spaces, not inside a word).</summary>
    private static string AddPunctuation(string name, int seed)
    {
        var random = new Random(seed);
        string Mark() => random.Next(3) == 0 ? "" : Punctuation[random.Next(Punctuation.Length)];
        var words = name.Split(' ');
        return Mark() + string.Join(" ", words.Select(word => word + Mark())) + Mark();
    }
}
