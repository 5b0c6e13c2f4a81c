using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InkoopPortal.Application.Import;

namespace InkoopPortal.Web.Cli;

/// <summary>What a command line asks for: an import, a rebuild of the search index, a backup, help, or a Dutch usage error.</summary>
internal sealed record PortalCommandLine(
    ImportRequest? Import, bool Reindex, string? Help, string? Error, string Usage, bool ApplyCodebook = false, BackupRequest? Backup = null);

/// <summary><c>backup &lt;bestand&gt; [--overwrite]</c>: where the copy of the embedded database goes.</summary>
internal sealed record BackupRequest(string FilePath, bool Overwrite);

/// <summary>
/// The portal's sub-commands, parsed and validated by System.CommandLine: <c>import &lt;bestand&gt; --year ...</c> and
/// <c>reindex</c> and <c>codebook</c>. System.CommandLine has no Dutch texts, so its parse errors are put in Dutch here and help is
/// written from the same option definitions. Pure: it does not look at the file system.
/// </summary>
internal static partial class PortalCommands
{
    public const string ImportName = "import";
    public const string ReindexName = "reindex";
    public const string CodebookName = "codebook";
    public const string BackupName = "backup";
    public const string Executable = "InkoopPortal.Web";

    public const int MinimumYear = 2000;
    public const int MaximumYear = 2100;

    private static readonly Argument<string?> File = new("bestand")
    {
        Arity = ArgumentArity.ZeroOrOne,
        Description = "het bronbestand: tekst (.txt, .tsv, .md), PDF, Word (.docx) of opgeslagen webpagina (.html); bijvoorbeeld data/sources/beleid-2024.txt",
    };

    private static readonly Option<string> Year = new("--year", "--jaar")
    {
        HelpName = "jaar",
        Description = "het (eerste) jaar waarvoor het document geldt, bijvoorbeeld 2024",
    };

    private static readonly Option<string> CareTypes = new("--care-type", "--zorgsoort")
    {
        HelpName = "slug,...",
        Description = "een of meer zorgsoorten, gescheiden door komma's, bijvoorbeeld huisartsenzorg,msz",
    };

    private static readonly Option<string> Purchaser = new("--purchaser", "--inkoper")
    {
        HelpName = "slug",
        Description = "de inkoper van een beleidstekst of presentatie, als het bestand die niet zelf noemt, bijvoorbeeld zilveren-kruis",
    };

    private static readonly Option<string> Format = new("--format", "--formaat")
    {
        HelpName = "table|policy|presentation",
        Description = "hoe het bestand wordt gelezen: table (vergelijkingstabel), policy (beleidstekst) of presentation "
            + "(presentatie); zonder deze optie wordt het formaat herkend, en bij twijfel gevraagd",
    };

    private static readonly Option<bool> CreateUnknown = new("--create-unknown")
    {
        Description = "maakt de inkopers en onderwerpen die een vergelijkingstabel noemt en die nog niet bestaan aan; "
            + "zonder deze optie worden ze genoemd en wordt er niets opgeslagen. Een naam die lijkt op een bestaande wordt nooit aangemaakt",
    };

    private static readonly Option<bool> Draft = new("--draft", "--concept")
    {
        Description = "slaat alles op als concept, dat een redacteur controleert en publiceert; zonder deze optie is het meteen gepubliceerd",
    };

    private static readonly Option<string> Publisher = new("--publisher", "--uitgever")
    {
        HelpName = "naam",
        Description = "wie het document schreef of publiceerde, bijvoorbeeld InEen",
    };

    private static readonly Option<string> SourceUrl = new("--source-url", "--bron-url")
    {
        HelpName = "adres",
        Description = "het webadres waar het document gepubliceerd is",
    };

    private static readonly Argument<string?> BackupFile = new("bestand")
    {
        Arity = ArgumentArity.ZeroOrOne,
        Description = "het bestand voor de reservekopie, bijvoorbeeld /backup/inkoopportal-2026-12-05.db",
    };

    private static readonly Option<bool> Overwrite = new("--overwrite", "--overschrijven")
    {
        Description = "vervangt een bestaand bestand; zonder deze optie wordt een bestaand bestand nooit overschreven",
    };

    private static readonly (string Value, SourceFormat Format)[] Formats =
    [
        ("table", SourceFormat.ComparisonTable), ("tabel", SourceFormat.ComparisonTable),
        ("policy", SourceFormat.PolicyText), ("beleid", SourceFormat.PolicyText), ("beleidstekst", SourceFormat.PolicyText),
        ("presentation", SourceFormat.Presentation), ("presentatie", SourceFormat.Presentation),
    ];

    private static readonly Option[] Flags = [CreateUnknown, Draft, Overwrite];

    public static readonly string ImportDescription =
        "Importeert een brondocument (een vergelijkingstabel, de beleidstekst van een inkoper of een presentatie) in de "
        + "database die de portal gebruikt. Alles of niets: bij een probleem wordt niets opgeslagen.";

    public const string ReindexDescription =
        "Bouwt de zoekindex opnieuw op uit alle gepubliceerde documenten. Nodig na gegevens die buiten de portal om in de "
        + "database zijn gezet; bewerkingen en imports houden de index zelf bij.";

    public const string CodebookDescription =
        "Past het codeboek (data/reference/codebook.json) toe op een bestaande database: vult ontbrekende onderwerpen aan, "
        + "deelt beleidsteksten zonder indeling in op de onderwerpen van hun zorgsoorten en heft onderwerpen op die eerdere "
        + "imports uit koppen maakten. Door redacteuren bewerkte uitspraken blijven behouden. Veilig om vaker uit te voeren.";

    public const string BackupDescription =
        "Maakt een consistente reservekopie van de ingebouwde SQLite-database terwijl de portal gewoon draait (ook wat nog in "
        + "het WAL-bestand staat) en controleert die. Op PostgreSQL: gebruik pg_dump (zie de README).";

    public static bool IsCommand(IReadOnlyList<string> args) => args.Count > 0 && args[0] is ImportName or ReindexName or CodebookName or BackupName;

    /// <summary>Reads a whole command line (<c>import ...</c>, <c>reindex</c> or <c>codebook</c>).</summary>
    public static PortalCommandLine Parse(IReadOnlyList<string> args)
    {
        var root = Root();
        var result = root.Parse(args);
        var command = result.CommandResult.Command;
        var usage = Usage(command == root ? ImportCommand(root) : command);
        if (result.Action is HelpAction)
        {
            return new PortalCommandLine(null, false, usage, null, usage);
        }

        // A flag takes no value: "--create-unknown=ja" would otherwise read as a second file "ja".
        if (args.FirstOrDefault(argument => Flags.Any(flag => argument.StartsWith(flag.Name + "=", StringComparison.Ordinal))) is { } flagged)
        {
            return Refused($"De optie {flagged[..flagged.IndexOf('=')]} heeft geen waarde.", usage);
        }

        // System.CommandLine would take the next option's name as the value ("--year --care-type msz").
        if (MissingValue(args) is { } missing)
        {
            return Refused($"De optie {missing} verwacht een waarde.", usage);
        }

        if (result.Errors.Count > 0)
        {
            return Refused(Dutch(result.Errors.FirstOrDefault(error => error.SymbolResult is OptionResult) ?? result.Errors[0], result), usage);
        }

        if (command.Name == ReindexName)
        {
            return new PortalCommandLine(null, true, null, null, usage);
        }

        if (command.Name == CodebookName)
        {
            return new PortalCommandLine(null, false, null, null, usage, ApplyCodebook: true);
        }

        if (command.Name == BackupName)
        {
            return string.IsNullOrWhiteSpace(result.GetValue(BackupFile))
                ? Refused("Geef het bestand op waarin de reservekopie komt, bijvoorbeeld backup /backup/inkoopportal.db.", usage)
                : new PortalCommandLine(null, false, null, null, usage, Backup: new BackupRequest(result.GetValue(BackupFile)!.Trim(), result.GetValue(Overwrite)));
        }

        return ReadImport(result) is { } error ? Refused(error, usage) : new PortalCommandLine(ToRequest(result), false, null, null, usage);
    }

    private static PortalCommandLine Refused(string error, string usage) => new(null, false, null, error, usage);

    private static readonly Option[] ValueOptions = [Year, CareTypes, Purchaser, Format, Publisher, SourceUrl];

    /// <summary>A value option written last, or followed by another option instead of its value.</summary>
    private static string? MissingValue(IReadOnlyList<string> args)
    {
        for (var index = 0; index < args.Count; index++)
        {
            var option = ValueOptions.FirstOrDefault(candidate => candidate.Name == args[index] || candidate.Aliases.Contains(args[index]));
            if (option is not null && (index + 1 == args.Count || args[index + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                return option.Name;
            }
        }

        return null;
    }

    private static RootCommand Root()
    {
        var import = new Command(ImportName, ImportDescription) { File, Year, CareTypes, Purchaser, Format, CreateUnknown, Draft, Publisher, SourceUrl };
        var reindex = new Command(ReindexName, ReindexDescription);
        var codebook = new Command(CodebookName, CodebookDescription);
        var backup = new Command(BackupName, BackupDescription) { BackupFile, Overwrite };
        var root = new RootCommand("InkoopPortal") { import, reindex, codebook, backup };
        return root;
    }

    private static Command ImportCommand(RootCommand root) => root.Subcommands.First(command => command.Name == ImportName);

    /// <summary>The Dutch text of a parse error: which option lacks a value or came twice, or what is unknown.</summary>
    private static string Dutch(ParseError error, ParseResult result)
    {
        if (error.SymbolResult is OptionResult option)
        {
            return option.Tokens.Count == 0
                ? $"De optie {option.Option.Name} verwacht een waarde."
                : $"De optie {option.Option.Name} is meer dan eens opgegeven.";
        }

        if (result.UnmatchedTokens.FirstOrDefault() is { } token)
        {
            var command = result.CommandResult.Command;
            if (!command.Options.Any(candidate => candidate is not HelpOption) && command.Arguments.Count == 0)
            {
                return $"{command.Name} kent geen opties; '{token}' is onbekend.";
            }

            return token.StartsWith('-')
                ? $"Onbekende optie '{token}'. Zie --help voor de opties."
                : command.Name == BackupName
                    ? $"Geef één bestand voor de reservekopie op; '{token}' is een tweede bestand."
                    : $"Geef één bestand per import op; '{token}' is een tweede bestand.";
        }

        return $"De opdracht is niet te lezen ({error.Message}).";
    }

    /// <summary>The checks System.CommandLine leaves to the command: required options, years, slugs and formats, in Dutch.</summary>
    private static string? ReadImport(ParseResult result)
    {
        if (string.IsNullOrWhiteSpace(result.GetValue(File)))
        {
            return "Geef het bestand op dat u wilt importeren.";
        }

        if (result.GetValue(Year) is not { } yearText)
        {
            return $"De optie {Year.Name} is verplicht, bijvoorbeeld {Year.Name} 2024.";
        }

        if (!TryYear(yearText, out _))
        {
            return $"'{yearText}' is geen geldig jaar: geef een jaartal van {MinimumYear} tot en met {MaximumYear} op, bijvoorbeeld 2024.";
        }

        if (result.GetValue(CareTypes) is not { } careTypeText)
        {
            return $"De optie {CareTypes.Name} is verplicht, bijvoorbeeld {CareTypes.Name} huisartsenzorg.";
        }

        var careTypes = SplitSlugs(careTypeText);
        if (careTypes.Count == 0)
        {
            return $"De optie {CareTypes.Name} verwacht ten minste één zorgsoort.";
        }

        if (careTypes.FirstOrDefault(slug => !IsSlug(slug)) is { } wrongCareType)
        {
            return InvalidSlug(wrongCareType, "zorgsoort", "huisartsenzorg");
        }

        if (result.GetValue(Purchaser) is { } purchaser && !IsSlug(purchaser.Trim()))
        {
            return InvalidSlug(purchaser, "inkoper", "zilveren-kruis");
        }

        if (result.GetValue(Format) is { } format && FormatOf(format) is null)
        {
            return $"'{format}' is geen formaat: kies table (vergelijkingstabel), policy (beleidstekst) of presentation (presentatie).";
        }

        if (result.GetValue(SourceUrl) is { } url && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var address) && address.Scheme is "http" or "https"))
        {
            return $"'{url}' is geen webadres: geef een adres dat met https:// begint.";
        }

        return null;
    }

    private static ImportRequest ToRequest(ParseResult result)
    {
        TryYear(result.GetValue(Year)!, out var year);
        return new ImportRequest(
            result.GetValue(File)!.Trim(),
            year,
            SplitSlugs(result.GetValue(CareTypes)!),
            result.GetValue(Purchaser)?.Trim(),
            Publisher: result.GetValue(Publisher)?.Trim(),
            SourceUrl: result.GetValue(SourceUrl)?.Trim(),
            CreateUnknownNames: result.GetValue(CreateUnknown),
            Format: result.GetValue(Format) is { } format ? FormatOf(format) : null,
            Publish: !result.GetValue(Draft));
    }

    private static SourceFormat? FormatOf(string value) =>
        Formats.Where(candidate => candidate.Value == value.Trim().ToLowerInvariant()).Select(candidate => (SourceFormat?)candidate.Format).FirstOrDefault();

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinimumYear and <= MaximumYear;

    private static List<string> SplitSlugs(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    private static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    private static string InvalidSlug(string value, string what, string example) =>
        $"'{value}' is geen geldige {what}: gebruik de korte naam in kleine letters, cijfers en koppeltekens, bijvoorbeeld {example}.";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    /// <summary>Help for a command in Dutch, from the same definitions the parser uses.</summary>
    private static string Usage(Command command)
    {
        var text = new StringBuilder();
        var arguments = string.Concat(command.Arguments.Select(argument => $" <{argument.Name}>"));
        var hasOptions = command.Options.Any(option => option is not HelpOption);
        text.Append("Gebruik: ").Append(Executable).Append(' ').Append(command.Name).Append(arguments)
            .AppendLine(hasOptions ? " [opties]" : "");
        text.AppendLine();
        foreach (var line in Wrap(command.Description ?? "", HelpWidth))
        {
            text.AppendLine(line);
        }

        if (command.Name == ImportName)
        {
            text.AppendLine().AppendLine(
                $"Voorbeeld: {Executable} import data/sources/asr-inkoopbeleid-2023-2024-elv-grz-gzsp.txt --year 2023 --care-type elv,grz,gzsp --format policy");
        }

        if (command.Name == BackupName)
        {
            text.AppendLine().AppendLine($"Voorbeeld: {Executable} backup /backup/inkoopportal-2026-12-05.db");
        }

        // The help option is the root command's (recursive); it is listed with every command.
        var rows = command.Arguments.Select(argument => ($"<{argument.Name}>", argument.Description ?? ""))
            .Concat(command.Options.Select(option => (OptionLabel(option), option.Description ?? "")))
            .Append(("-h, --help", "toont deze uitleg"))
            .ToList();
        text.AppendLine().AppendLine(command.Arguments.Count > 0 ? "Argument en opties:" : "Opties:");
        var width = rows.Max(row => row.Item1.Length) + 2;
        foreach (var (label, description) in rows)
        {
            text.Append("  ").Append(label.PadRight(width));
            var lines = Wrap(description, Math.Max(40, HelpWidth - width - 2));
            text.AppendLine(lines[0]);
            foreach (var line in lines.Skip(1))
            {
                text.Append(' ', width + 2).AppendLine(line);
            }
        }

        return text.ToString().TrimEnd();
    }

    private const int HelpWidth = 120;

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string> { "" };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width)
            {
                lines.Add("");
            }

            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        return lines;
    }

    private static string OptionLabel(Option option)
    {
        var names = string.Join(", ", new[] { option.Name }.Concat(option.Aliases.Where(alias => alias != option.Name).OrderBy(alias => alias.Length)));
        return option.HelpName is { } value ? $"{names} <{value}>" : names;
    }
}
