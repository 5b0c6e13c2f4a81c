using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using InkoopPortal.Application.Import.Readers.Html;

namespace InkoopPortal.UnitTests.Import.Readers;

public sealed partial class HtmlReaderPropertyTests
{
    private static readonly string[] Content = ["zorg", "beleid", "inkoop", "wij", "de", "het", "aanbieder", "regio", "tarief", "kwaliteit", "contract", "jaar", "cliënt", "wijkverpleging"];

    private static readonly string[] Chrome = ["menu", "inloggen", "cookies", "accepteren", "privacy", "volg", "ons", "nieuwsbrief", "contactformulier", "werken", "vacatures", "home", "terug", "boven", "delen"];

    private static readonly Gen<string> ContentWords = Gen.Int[0, Content.Length - 1].Array[3, 14].Select(words => string.Join(" ", words.Select(word => Content[word])));

    private static readonly Gen<string> ChromeWords = Gen.Int[0, Chrome.Length - 1].Array[1, 6].Select(words => string.Join(" ", words.Select(word => Chrome[word])));

    /// <summary>
    /// Random content (headings, paragraphs of prose, bulleted lists, a table) in a random container (&lt;main&gt;,
    /// role="main", &lt;article&gt;, or a bare div beside a link sidebar), wrapped in random chrome (a cookie banner,
    /// a header with navigation, breadcrumbs, an aside, a footer with a sentence of its own, in any order and number;
    /// share buttons, a back-to-top link and a table of contents inside the content) comes back as exactly the
    /// content's words in order, and none of the chrome's.
    /// </summary>
    [Fact]
    public void Random_content_in_random_chrome_comes_back_without_the_chrome_in_order()
    {
        var block = Gen.Select(Gen.Int[0, 3], ContentWords.Array[1, 4]);
        var chrome = Gen.Select(Gen.Int[0, 5], ChromeWords.Array[1, 4]);
        Gen.Select(block.Array[3, 10], chrome.Array[1, 6], Gen.Int[0, 3], ChromeWords, Gen.Bool)
            .Sample(sample =>
            {
                var (blocks, chromeParts, container, title, chromeInside) = sample;
                var content = new StringBuilder("<h1>Inkoopbeleid " + blocks[0].Item2[0] + "</h1>");
                var expected = new List<string> { "inkoopbeleid" };
                expected.AddRange(blocks[0].Item2[0].Split(' '));
                foreach (var (kind, texts) in blocks)
                {
                    switch (kind)
                    {
                        case 0:
                            content.Append("<h2>").Append(texts[0]).Append("</h2>");
                            expected.AddRange(texts[0].Split(' '));
                            break;
                        case 1:
                            content.Append("<ul>").Append(string.Concat(texts.Select(text => $"<li>{text}</li>"))).Append("</ul>");
                            expected.AddRange(texts.SelectMany(text => text.Split(' ')));
                            break;
                        case 2:
                            content.Append("<table><tr><th>soort</th><th>regel</th></tr>").Append(string.Concat(texts.Select(text => $"<tr><td>regio</td><td>{text}</td></tr>"))).Append("</table>");
                            expected.AddRange(["soort", "regel", .. texts.SelectMany(text => ("regio " + text).Split(' '))]);
                            break;
                        default:
                            // Prose: each paragraph long enough to read as a sentence.
                            foreach (var text in texts)
                            {
                                content.Append("<p>De zorg in de regio blijft het beleid van wij en ").Append(text).Append(".</p>");
                                expected.AddRange(("de zorg in de regio blijft het beleid van wij en " + text).Split(' '));
                            }

                            break;
                    }
                }

                // Enough prose that the page is never refused as empty (25 words outside headings), whatever came before.
                const string Closing = "Wij kopen de zorg in bij de aanbieder in de regio voor het jaar en het contract geldt voor de regio en voor het beleid van het jaar";
                content.Append("<p>").Append(Closing).Append(".</p>");
                expected.AddRange(Closing.ToLowerInvariant().Split(' '));

                if (chromeInside)
                {
                    // Chrome inside the content: share buttons, a back-to-top link, a table of contents.
                    content.Append($"<div class=\"share-buttons\"><a href=\"https://www.linkedin.com/share\">delen {title}</a></div>")
                        .Append("<p class=\"top\"><a href=\"#top\">Terug naar boven</a></p>")
                        .Insert(0, $"<nav class=\"toc\"><ul><li><a href=\"#a\">{title}</a></li></ul></nav>");
                }

                var main = container switch
                {
                    0 => $"<main>{content}</main>",
                    1 => $"<div class=\"container\" role=\"main\">{content}</div>",
                    2 => $"<div class=\"wrap\"><article class=\"post\">{content}</article></div>",
                    _ => $"<div id=\"wrapper\"><div id=\"links\"><a href=\"/a\">{title}</a><br><a href=\"/b\">{title}</a></div><div id=\"tekst\">{content}</div></div>",
                };
                var parts = chromeParts.Select(part => part.Item1 switch
                {
                    0 => $"<div class=\"cookie-banner\"><p>{string.Join(" ", part.Item2)} wij gebruiken cookies</p><button>accepteren</button></div>",
                    1 => $"<header><a href=\"/\">home</a><nav><ul>{string.Concat(part.Item2.Select(text => $"<li><a href=\"/x\">{text}</a></li>"))}</ul></nav></header>",
                    2 => $"<nav aria-label=\"Kruimelpad\" class=\"breadcrumb\">{string.Join(" › ", part.Item2.Select(text => $"<a href=\"/\">{text}</a>"))}</nav>",
                    3 => $"<aside><h2>{part.Item2[0]}</h2><p>{string.Join(" ", part.Item2)} {string.Join(" ", part.Item2)} menu menu</p></aside>",
                    4 => $"<footer><p>{string.Join(" ", part.Item2)} {string.Join(" ", part.Item2)} {string.Join(" ", part.Item2)} contactformulier nieuwsbrief</p><ul>{string.Concat(part.Item2.Select(text => $"<li><a href=\"/p\">{text}</a></li>"))}</ul></footer>",
                    _ => $"<div id=\"consent-dialog\" role=\"dialog\" aria-label=\"Cookie-instellingen\"><h2>{part.Item2[0]}</h2><p>{string.Join(" ", part.Item2)}</p></div>",
                }).ToList();
                var before = parts.Take(parts.Count / 2);
                var after = parts.Skip(parts.Count / 2);
                var page = $"<!doctype html><html><head><title>{title}</title><script>var menu = 'cookies';</script></head><body>{string.Concat(before)}{main}{string.Concat(after)}</body></html>";

                var read = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(page), "pagina.html");

                var words = FixtureWords.Words(string.Join(" ", read.Text.Split('\n').Where(line => !FixtureWords.IsTableSeparator(line)).Select(line => Marker().Replace(line, ""))));
                words.Should().Equal(expected, page);
                words.Should().NotContain(Chrome);
            }, iter: 150);
    }

    [GeneratedRegex(@"^\s*(?:#+|-)\s")]
    private static partial Regex Marker();
}
