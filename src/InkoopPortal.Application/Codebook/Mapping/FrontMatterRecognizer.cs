using System.Text.RegularExpressions;
using InkoopPortal.Application.Search;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>
/// Recognises the parts of a policy document that are not policy: front matter (contents, foreword, introduction,
/// reading guide and "about this document", summary of changes, about us, the title page) and back matter (contact,
/// disclaimer, colophon, addresses, glossaries and lists of abbreviations). Reads the
/// heading (its own, else one above it) and the body: a heading alone decides only when it is the kind's word itself
/// ("Inleiding", "Contact"); a heading that qualifies it ("Inleiding op de tarieven") needs the body to agree; a body
/// alone decides for a contents list, an address block, a disclaimer, a glossary or list of abbreviations ("term:
/// definitie" lines) or a purchaser's marketing of itself. A summary ("Samenvatting", "Wijzigingen ten opzichte van
/// vorig jaar") is front matter: it repeats what the chapters say, and filing it too would count each subject twice.
/// </summary>
public static partial class FrontMatterRecognizer
{
    /// <param name="HeadingDecides">Whether a heading that is the kind's words alone decides without the body (false for
    /// headings that are also used for policy, such as "Over &lt;naam&gt;" or "Juridische kaders").</param>
    private sealed record Kind(string Name, SectionRole Role, Regex Heading, Func<Body, bool> BodyAgrees, bool HeadingDecides = true);

    private static readonly Kind[] Kinds =
    [
        new("inhoudsopgave", SectionRole.FrontMatter, ContentsHeading(), body => body.PageNumberLines >= 2 || body.Words < 15),
        new("voorwoord", SectionRole.FrontMatter, ForewordHeading(), body => body.DocumentCues > 0 || body.Words < 40),
        new("inleiding", SectionRole.FrontMatter, IntroductionHeading(), body => body.DocumentCues > 0 && body.PolicyCues <= body.DocumentCues + 1),
        new("leeswijzer", SectionRole.FrontMatter, ReadingGuideHeading(), body => body.DocumentCues > 0 || body.ChapterReferences > 0),
        new("over dit document", SectionRole.FrontMatter, AboutThisDocumentHeading(), body => body.DocumentCues > 0 || body.ChapterReferences > 0),
        new("samenvatting", SectionRole.FrontMatter, SummaryHeading(), body => true),
        new("over ons", SectionRole.FrontMatter, AboutUsHeading(), body => body.MarketingCues > 0 || body.PolicyCues == 0),
        new("over de inkoper", SectionRole.FrontMatter, AboutPurchaserHeading(), body => body.MarketingCues > 0 || body.SelfCues > 0 && body.PolicyCues <= 2, HeadingDecides: false),
        new("contact", SectionRole.BackMatter, ContactHeading(), body => body.ContactCues > 0),
        new("disclaimer", SectionRole.BackMatter, DisclaimerHeading(), body => true),
        new("juridisch", SectionRole.BackMatter, LegalHeading(), body => body.DisclaimerCues > 0, HeadingDecides: false),
        new("colofon", SectionRole.BackMatter, ColophonHeading(), body => body.Words < 80),
        new("adressen", SectionRole.BackMatter, AddressesHeading(), body => body.AddressLines > 0 || body.ContactCues > 0),
        new("begrippen", SectionRole.BackMatter, GlossaryHeading(), body => body.GlossaryLines * 2 >= body.Lines),
    ];

    /// <summary>
    /// The section's role when it is front or back matter, with the Dutch reason; null for policy content.
    /// <paramref name="index"/> and <paramref name="count"/> place the section in its document (0-based).
    /// </summary>
    public static MatterVerdict? Recognize(SectionText section, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(section);
        var title = Heading(section.Title);
        var body = Body.Read(section.Markdown);

        foreach (var kind in Kinds)
        {
            var match = kind.Heading.Match(title);
            if (match.Success && (kind.HeadingDecides && IsWholeHeading(match, title) || kind.BodyAgrees(body)))
            {
                return new MatterVerdict(kind.Role, $"kop: {section.Title.Trim()}");
            }
        }

        // The title page: the document's first section, named after the document (a year, "beleid"), with a few
        // words under the title (purchaser, department, date, version; "zorginkoop ggz" may be one of them).
        if (index == 0 && DocumentTitle().IsMatch(title) &&
            (body.Words < TitlePageWords && body.PolicyCues <= 1 || body.Words < TitlePageWithDetailsWords && body.TitlePageCues > 0))
        {
            return new MatterVerdict(SectionRole.FrontMatter, "titelpagina");
        }

        var byBody = ByBody(body, index, count);
        if (byBody is not null)
        {
            return byBody;
        }

        // A sub-section of front or back matter is front or back matter too, unless its own body is policy.
        for (var parent = section.ParentTitles.Count - 1; parent >= 0; parent--)
        {
            var parentTitle = Heading(section.ParentTitles[parent]);
            var kind = Kinds.FirstOrDefault(candidate => candidate.Name is not "inleiding" and not "samenvatting" &&
                                                         candidate.HeadingDecides &&
                                                         candidate.Heading.Match(parentTitle) is { Success: true } hit && IsWholeHeading(hit, parentTitle));
            if (kind is not null && body.PolicyCues <= body.MarketingCues + body.ContactCues)
            {
                return new MatterVerdict(kind.Role, $"onder de kop: {section.ParentTitles[parent].Trim()}");
            }
        }

        return null;
    }

    private const int TitlePageWords = 25;

    /// <summary>A title page that names its version, date or scope may be this long (its scope names contracts).</summary>
    private const int TitlePageWithDetailsWords = 60;

    /// <summary>A scope statement is short: a longer text that says what it applies to goes on with policy.</summary>
    private const int ScopeWords = 100;

    /// <summary>A glossary's lines are short: at most this many words on average.</summary>
    private const int GlossaryLineWords = 16;

    private static MatterVerdict? ByBody(Body body, int index, int count)
    {
        if (body.Lines >= 3 && body.PageNumberLines * 2 >= body.Lines)
        {
            return new MatterVerdict(SectionRole.FrontMatter, "tekst: inhoudsopgave (regels met paginanummers)");
        }

        if (body.DisclaimerCues > 0 && body.PolicyCues <= 1)
        {
            return new MatterVerdict(SectionRole.BackMatter, "tekst: voorbehoud (geen rechten te ontlenen)");
        }

        var late = count > 0 && index >= count / 2;
        if ((body.AddressLines >= 2 || body.ContactCues >= 2 && body.AddressLines >= 1) && body.PolicyCues <= 1 && late)
        {
            return new MatterVerdict(SectionRole.BackMatter, "tekst: adres- en contactgegevens");
        }

        // A glossary: mostly "term: definitie" lines (or a two-column table), late in the document; a list of
        // abbreviations ("NZa: Nederlandse Zorgautoriteit") anywhere.
        if (body.Lines >= 3 && body.AbbreviationLines * 5 >= body.Lines * 3)
        {
            return new MatterVerdict(SectionRole.BackMatter, "tekst: lijst met afkortingen");
        }

        if (late && body.Lines >= 4 && body.GlossaryLines * 5 >= body.Lines * 4 && body.Words <= body.Lines * GlossaryLineWords)
        {
            return new MatterVerdict(SectionRole.BackMatter, "tekst: begrippenlijst (regels met term en omschrijving)");
        }

        // Early in the document: a letter to the reader (a salutation or a closing greeting) is a foreword, and a short
        // text saying what the document applies to, without policy of its own, is part of the introduction.
        var early = index < Math.Max(2, count / 3);
        if (early && body.LetterCues > 0)
        {
            return new MatterVerdict(SectionRole.FrontMatter, "tekst: een brief aan de lezer (aanhef of groet)");
        }

        if (early && body.ScopeCues > 0 && body.PolicyCues <= 1 && body.Words <= ScopeWords)
        {
            return new MatterVerdict(SectionRole.FrontMatter, "tekst: waarvoor dit document geldt");
        }

        if (body.MarketingCues >= 2 && body.PolicyCues == 0)
        {
            return new MatterVerdict(SectionRole.FrontMatter, "tekst: over de inkoper zelf (producten en merken, geen inkoopbeleid)");
        }

        return null;
    }

    /// <summary>
    /// The heading normalized, without its number or a numbered prefix ("2.1 Inleiding" → "inleiding", "Hoofdstuk 1 –
    /// Vooraf" → "vooraf", "Bijlage 2: Begrippen" → "begrippen"), a purchaser's "α" read as "a".
    /// </summary>
    private static string Heading(string title)
    {
        var words = DutchText.Tokenize(title.Replace('α', 'a')).Select(token => token.Word).ToList();
        if (words.Count > 2 && NumberedPrefix.Contains(words[0]) && IsNumber(words[1]))
        {
            words.RemoveRange(0, 2);
        }

        return string.Join(' ', words.SkipWhile(IsNumber));
    }

    private static bool IsNumber(string word) => word.All(char.IsAsciiDigit) || word is "i" or "ii" or "iii" or "iv" or "v" or "vi";

    private static readonly HashSet<string> NumberedPrefix = ["hoofdstuk", "bijlage", "deel", "paragraaf", "appendix"];

    /// <summary>The match is the whole heading, or the heading adds only filler words ("Inleiding en leeswijzer" counts).</summary>
    private static bool IsWholeHeading(Match match, string title)
    {
        var rest = title.Remove(match.Index, match.Length);
        return DutchText.Tokenize(rest).All(token => DutchText.IsStopWord(token.Word) || WholeHeadingFiller.Contains(token.Word));
    }

    private static readonly HashSet<string> WholeHeadingFiller =
    [
        "leeswijzer", "inleiding", "voorwoord", "introductie", "algemeen", "algemene", "tot", "slot", "tenslotte", "ten", "onze",
        "gegevens", "informatie", "meer", "vragen", "verdere", "nadere", "document", "beleidsdocument", "wijzigingen",
        "belangrijkste", "opzichte", "vorig", "jaar", "t", "o", "v",
    ];

    [GeneratedRegex(@"\b(19|20)\d{2}\b|beleid\b|inkoopkader|beleidsregels")]
    private static partial Regex DocumentTitle();

    [GeneratedRegex(@"\b(inhoudsopgave|inhoud|inhoudstafel)\b")]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"\b(voorwoord|woord vooraf|vooraf|ten geleide)\b")]
    private static partial Regex ForewordHeading();

    [GeneratedRegex(@"\b(inleiding|introductie|aanleiding en doel)\b")]
    private static partial Regex IntroductionHeading();

    [GeneratedRegex(@"\b(leeswijzer|opbouw van (dit|het) (document|beleid|beleidsdocument|inkoopbeleid)|over dit document|hoe (leest u|lees je) dit|waarom (u|je) dit leest|voor wie (is )?dit (document|stuk)( bedoeld)?|wat (u|je) in dit (document|stuk) leest)")]
    private static partial Regex ReadingGuideHeading();

    /// <summary>A heading about the document itself: why, for whom, how it is built, what it covers ("Voor wie is dit document").</summary>
    [GeneratedRegex(@"\b(waarom|voor wie|wat|waar|hoe|over|opbouw|doel|reikwijdte|status|gebruik|leeswijzer)\b.*\b(dit|deze|het) (document|beleidsdocument|inkoopbeleid|zorginkoopbeleid|inkoopkader|publicatie|brochure|notitie)\b|\b(dit|het) (document|beleidsdocument) (is )?opgebouwd\b")]
    private static partial Regex AboutThisDocumentHeading();

    /// <summary>Glossaries and lists of abbreviations.</summary>
    [GeneratedRegex(@"\b(begrippen|begrippenlijst|begripsbepalingen|definities|definitielijst|woordenlijst|verklarende woordenlijst|afkortingen|afkortingenlijst|lijst (van|met) (afkortingen|begrippen|termen)|gebruikte termen)\b")]
    private static partial Regex GlossaryHeading();

    [GeneratedRegex(@"\b(samenvatting|(belangrijkste )?wijzigingen (ten opzichte van|t o v|tov) (vorig jaar|het vorige jaar|\d{4})|(wijzigingen|veranderingen) (per|in|voor) \d{4}|wat (is er|zijn de) (gewijzigd|veranderd|wijzigingen|veranderingen)|in het kort|kort gezegd|samengevat|in een notendop|in vogelvlucht)\b")]
    private static partial Regex SummaryHeading();

    [GeneratedRegex(@"\b(over ons|dit zijn wij|wie zijn wij|wie wij zijn|over (zorgverzekeraar|het zorgkantoor)|onze organisatie|ons bedrijf|maak kennis met)\b")]
    private static partial Regex AboutUsHeading();

    [GeneratedRegex(@"\b(contact|contactgegevens|contactinformatie|contactpersonen|bereikbaarheid|bereikbaar|vragen|vraag|meer informatie|meer weten|(waar )?kunt u terecht|wie kunt u bellen|wij helpen u graag|hulp nodig)\b")]
    private static partial Regex ContactHeading();

    [GeneratedRegex(@"\b(disclaimer|voorbehoud|voorbehouden|juridische informatie|kleine (lettertjes|lettertje|letters)|geen rechten)\b")]
    private static partial Regex DisclaimerHeading();

    /// <summary>A legal heading that may also head policy ("Juridische kaders"): the body decides.</summary>
    [GeneratedRegex(@"\b(juridisch|juridische|aansprakelijkheid|rechtsgeldigheid|rechten en plichten)\b")]
    private static partial Regex LegalHeading();

    /// <summary>
    /// "Dit is &lt;naam&gt;", "Over &lt;naam&gt;", "Wie is &lt;naam&gt;": a short heading naming the purchaser itself (not "Over de
    /// tarieven", not "Dit is nieuw"); the body must describe the purchaser.
    /// </summary>
    [GeneratedRegex(@"^(dit is|dit zijn|over|wie is|wie zijn|maak kennis met|even voorstellen|kennismaken met) (?!de |het |dit |deze |dat |die |een |nieuw|anders|veranderd|belangrijk)\S+( \S+){0,3}$")]
    private static partial Regex AboutPurchaserHeading();

    [GeneratedRegex(@"\b(colofon|uitgave van|vormgeving)\b")]
    private static partial Regex ColophonHeading();

    [GeneratedRegex(@"\b(adressen|adresgegevens|postadres|bezoekadres)\b")]
    private static partial Regex AddressesHeading();

    /// <summary>What a body holds, counted once.</summary>
    private sealed partial record Body(
        int Words,
        int Lines,
        int PageNumberLines,
        int AddressLines,
        int ContactCues,
        int DocumentCues,
        int ChapterReferences,
        int DisclaimerCues,
        int MarketingCues,
        int SelfCues,
        int PolicyCues,
        int GlossaryLines,
        int AbbreviationLines,
        int LetterCues,
        int ScopeCues,
        int TitlePageCues)
    {
        public static Body Read(string markdown)
        {
            var lines = markdown.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
            var words = DutchText.Tokenize(markdown);
            var normalized = " " + string.Join(' ', words.Select(token => token.Word)) + " ";
            return new Body(
                words.Count,
                lines.Count,
                lines.Count(line => PageNumberLine().IsMatch(line)),
                lines.Count(line => AddressLine().IsMatch(line)),
                ContactCue().Count(markdown),
                DocumentCue().Count(normalized),
                ChapterReference().Count(normalized),
                DisclaimerCue().Count(normalized),
                MarketingCue().Count(normalized),
                SelfCue().Count(normalized),
                PolicyCue().Count(normalized),
                lines.Count(line => (GlossaryLine().IsMatch(line) || TableRow().IsMatch(line)) && !DateCue().IsMatch(line)),
                lines.Count(line => AbbreviationLine().IsMatch(line)),
                (lines.Count > 0 && Salutation().IsMatch(lines[0]) ? 1 : 0) + Greeting().Count(normalized),
                ScopeCue().Count(normalized),
                TitlePageCue().Count(normalized));
        }

        /// <summary>What a title page tells beside the title: a version, a publication date, the issuing department.</summary>
        [GeneratedRegex(@" (versie|definitieve versie|conceptversie|gepubliceerd|publicatiedatum|vastgesteld|afdeling) ")]
        private static partial Regex TitlePageCue();

        /// <summary>A letter's salutation ("Geachte relatie,", "Beste zorgaanbieder,").</summary>
        [GeneratedRegex(@"^(geachte|beste|lieve)\b[^.!?]{0,60},", RegexOptions.IgnoreCase)]
        private static partial Regex Salutation();

        /// <summary>A letter's closing ("Met vriendelijke groet", "Namens de directie").</summary>
        [GeneratedRegex(@" met (vriendelijke|hartelijke) (groet|groeten) | hartelijke groet | namens (de|het) (directie|bestuur|raad van bestuur|team|afdeling) ")]
        private static partial Regex Greeting();

        /// <summary>What the document applies to ("Dit beleid geldt voor ...", "Dit document is van toepassing op ...").</summary>
        [GeneratedRegex(@" (dit|het|ons|deze) (beleid|document|beleidsdocument|inkoopbeleid|zorginkoopbeleid|inkoopkader) (geldt|gelden|is van toepassing|gaat over|richt zich) ")]
        private static partial Regex ScopeCue();

        /// <summary>A definition: a short term, then a colon, dash or equals sign and its meaning ("- O&amp;I: organisatie en infrastructuur").</summary>
        [GeneratedRegex(@"^([-*•]\s*)?[\p{L}\p{N}&/.'() -]{1,40}?\s*(:|\s[–=-])\s+\S")]
        private static partial Regex GlossaryLine();

        /// <summary>A date: a line of a planning table ("1 april: publicatie"), not a definition.</summary>
        [GeneratedRegex(@"\b\d{1,2}\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b|\b(week|kwartaal|q)\s?\d\b|\b(19|20)\d{2}\b", RegexOptions.IgnoreCase)]
        private static partial Regex DateCue();

        /// <summary>A two-column table row, its separator included ("| NZa | Nederlandse Zorgautoriteit |").</summary>
        [GeneratedRegex(@"^\|[^|]{1,40}\|[^|]+\|\s*$")]
        private static partial Regex TableRow();

        /// <summary>An abbreviation with its expansion: a short token with at least two capitals first ("NZa: ...", "| ROM | ...").</summary>
        [GeneratedRegex(@"^([-*•]\s*|\|\s*)?(?=[\p{L}&]*\p{Lu}[\p{L}&]*\p{Lu})[\p{L}&]{2,8}\s*(:|\||\s[–=-])\s*\S")]
        private static partial Regex AbbreviationLine();

        /// <summary>A contents line: a title followed by a page number ("Inkoopsystematiek	17", "Kwaliteit ..... 12").</summary>
        [GeneratedRegex(@"^\D.*?(\t|\.{3,}|\s{2,}|…)\s*\d{1,3}$")]
        private static partial Regex PageNumberLine();

        /// <summary>A Dutch postcode with a place, a PO box, or a Chamber of Commerce number.</summary>
        [GeneratedRegex(@"\b\d{4}\s?[A-Z]{2}\s+\p{Lu}|\bPostbus\s+\d+|\bKvK\b|\bKvK-nummer\b", RegexOptions.IgnoreCase)]
        private static partial Regex AddressLine();

        [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|\b0\d{2,3}[\s-]*\d{3}\s?\d{2}\s?\d{2}\b|\bwww\.[\w-]+\.\w+|\bneem (dan )?contact (met ons )?op\b|\bcontact (met ons )?opnemen\b|\bbereikbaar\b|\btelefonisch\b|\bop werkdagen\b|\bservicepunt\b|\bloket\b", RegexOptions.IgnoreCase)]
        private static partial Regex ContactCue();

        [GeneratedRegex(@" (in )?(dit|deze) (document|beleidsdocument|inkoopbeleid|zorginkoopbeleid|publicatie|brochure|notitie|inkoopkader) | (leest|lees) u | beschrijven (wij|we) | vindt u | hieronder | dit document ")]
        private static partial Regex DocumentCue();

        [GeneratedRegex(@" (hoofdstuk|paragraaf|bijlage) \d")]
        private static partial Regex ChapterReference();

        [GeneratedRegex(@" geen rechten (worden )?(ontleend|ontlenen)| (zonder|onder) voorbehoud | aansprakelijk| drukfouten| zetfouten| voorbehouden| niet (juridisch )?bindend| juridisch bindend| (eenzijdig )?(te )?wijzigen (voor|behouden)| kennelijke (fouten|vergissingen)| behouden (ons|zich) het recht voor| (geldt|gelden) (altijd )?de (tekst|bepalingen) van de overeenkomst| bij (tegenstrijdigheid|strijdigheid)| prevaleert| prevaleren| vergissingen")]
        private static partial Regex DisclaimerCue();

        [GeneratedRegex(@" (korting|kortingen|cashback|cash back|premie|app|apps|polis|klanten|ondernemers|werknemers|spaart|punten|labels|merken|merk|assortiment|verzekeringen|spaarpunten|beloning|beloningen|aanvullende verzekering|marktaandeel|grootste verzekeraars) ")]
        private static partial Regex MarketingCue();

        /// <summary>A purchaser describing itself: its members, customers, staff, history, offices, cooperative.</summary>
        [GeneratedRegex(@" (wij zijn|we zijn|onze verzekerden|onze klanten|onze leden|klanten|leden|verzekerden|medewerkers|werknemers|coöperatie|cooperatie|opgericht|sinds \d{4}|gevestigd|kantoor|kantoren|miljoen|marktaandeel|zorgverzekeraar|verzekeraar|zorgkantoor|label|labels|merk|merken|onderdeel van) ")]
        private static partial Regex SelfCue();

        [GeneratedRegex(@" (zorgaanbieder|zorgaanbieders|aanbieder|aanbieders|overeenkomst|overeenkomsten|contract|contracten|contractering|contracteren|inkoop|inkopen|zorginkoop|voorwaarden|tarief|tarieven|wij verwachten|we verwachten|verwachten wij|verwachten we|eisen|declaratie|declareren|prestatie|prestaties|kwaliteit) ")]
        private static partial Regex PolicyCue();
    }
}
