using System.Text.RegularExpressions;
using InkoopPortal.Application.Import;

namespace InkoopPortal.Web.Cli;

/// <summary>The outcome of reading the <c>import</c> arguments: a request, a request for help, or a Dutch error.</summary>
internal sealed record ImportArgumentsResult(ImportRequest? Request, string? Error, bool HelpRequested)
{
    public static ImportArgumentsResult Success(ImportRequest request) => new(request, null, false);

    public static ImportArgumentsResult Failure(string error) => new(null, error, false);

    public static ImportArgumentsResult Help { get; } = new(null, null, true);
}

/// <summary>
/// Parses <c>&lt;file&gt; --year &lt;year&gt; --care-type &lt;slug&gt;[,&lt;slug&gt;...] [--purchaser &lt;slug&gt;] [--create-unknown]</c>
/// (options also as <c>--year=2024</c>). Pure: it does not look at the file system.
/// </summary>
internal static partial class ImportArguments
{
    public const string Usage =
        """
        Gebruik: InkoopPortal.Web import <bestand> --year <jaar> --care-type <slug>[,<slug>...] [--purchaser <slug>] [--create-unknown]

        Importeert een brondocument (zoals een zorginkoopbeleid) in de database.

          <bestand>                 het bronbestand, bijvoorbeeld data/sources/beleid-2024.txt
          --year <jaar>             het jaar waarvoor het document geldt, bijvoorbeeld 2024
          --care-type <slug,...>    een of meer zorgsoorten, gescheiden door komma's, bijvoorbeeld huisartsenzorg,msz
          --purchaser <slug>        de inkoper, als het bestand die niet zelf noemt, bijvoorbeeld zilveren-kruis
          --create-unknown          maakt de inkopers en onderwerpen die een vergelijkingstabel noemt en die nog niet
                                    bestaan aan; zonder deze optie worden ze genoemd en wordt er niets opgeslagen
          -h, --help                toont deze uitleg
        """;

    public const int MinimumYear = 2000;
    public const int MaximumYear = 2100;

    private const string Year = "--year";
    private const string CareType = "--care-type";
    private const string Purchaser = "--purchaser";
    private const string CreateUnknown = "--create-unknown";
    private static readonly string[] Options = [Year, CareType, Purchaser];

    public static ImportArgumentsResult Parse(IReadOnlyList<string> arguments)
    {
        string? file = null;
        var values = new Dictionary<string, string>();
        var createUnknown = false;

        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (argument is "-h" or "--help" or "/?")
            {
                return ImportArgumentsResult.Help;
            }

            if (!argument.StartsWith('-') || argument == "-")
            {
                if (file is not null)
                {
                    return ImportArgumentsResult.Failure($"Geef één bestand per import op; '{argument}' is een tweede bestand.");
                }

                file = argument;
                continue;
            }

            if (argument == CreateUnknown)
            {
                createUnknown = true;
                continue;
            }

            var separator = argument.IndexOf('=');
            var option = separator < 0 ? argument : argument[..separator];
            if (option == CreateUnknown)
            {
                return ImportArgumentsResult.Failure($"De optie {CreateUnknown} heeft geen waarde.");
            }

            if (!Options.Contains(option))
            {
                return ImportArgumentsResult.Failure($"Onbekende optie '{option}'.");
            }

            if (values.ContainsKey(option))
            {
                return ImportArgumentsResult.Failure($"De optie {option} is meer dan eens opgegeven.");
            }

            string? value = separator >= 0 ? argument[(separator + 1)..]
                : index + 1 < arguments.Count && !arguments[index + 1].StartsWith("--", StringComparison.Ordinal) ? arguments[++index]
                : null;
            if (string.IsNullOrWhiteSpace(value))
            {
                return ImportArgumentsResult.Failure($"De optie {option} verwacht een waarde.");
            }

            values[option] = value.Trim();
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            return ImportArgumentsResult.Failure("Geef het bestand op dat u wilt importeren.");
        }

        if (!values.TryGetValue(Year, out var yearText))
        {
            return ImportArgumentsResult.Failure($"De optie {Year} is verplicht, bijvoorbeeld {Year} 2024.");
        }

        if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || year is < MinimumYear or > MaximumYear)
        {
            return ImportArgumentsResult.Failure(
                $"'{yearText}' is geen geldig jaar: geef een jaartal van {MinimumYear} tot en met {MaximumYear} op, bijvoorbeeld 2024.");
        }

        if (!values.TryGetValue(CareType, out var careTypeText))
        {
            return ImportArgumentsResult.Failure($"De optie {CareType} is verplicht, bijvoorbeeld {CareType} huisartsenzorg.");
        }

        var careTypes = careTypeText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (careTypes.Count == 0)
        {
            return ImportArgumentsResult.Failure($"De optie {CareType} verwacht ten minste één zorgsoort.");
        }

        foreach (var slug in careTypes.Where(slug => !IsSlug(slug)))
        {
            return ImportArgumentsResult.Failure(InvalidSlug(slug, "zorgsoort", "huisartsenzorg"));
        }

        var purchaser = values.GetValueOrDefault(Purchaser);
        if (purchaser is not null && !IsSlug(purchaser))
        {
            return ImportArgumentsResult.Failure(InvalidSlug(purchaser, "inkoper", "zilveren-kruis"));
        }

        return ImportArgumentsResult.Success(new ImportRequest(file, year, careTypes, purchaser, CreateUnknownNames: createUnknown));
    }

    private static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    private static string InvalidSlug(string value, string what, string example) =>
        $"'{value}' is geen geldige {what}: gebruik de korte naam in kleine letters, cijfers en koppeltekens, bijvoorbeeld {example}.";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
