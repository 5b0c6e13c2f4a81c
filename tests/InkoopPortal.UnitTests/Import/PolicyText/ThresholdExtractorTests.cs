using InkoopPortal.Application.Import.PolicyText;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.Import.PolicyText;

public class ThresholdExtractorTests
{
    [Theory]
    [InlineData("Bij de ZBC zijn medisch specialisten werkzaam met een gezamenlijk dienstverband van minimaal 1,2 fte.", "fte", ComparisonOperator.AtLeast, "1.2", "fte", "minimaal 1,2 fte")]
    [InlineData("Invasieve behandelingen alleen voor patiënten met een ASA-classificatie van 2 of lager.", "ASA-classificatie", ComparisonOperator.AtMost, "2", "klasse", "ASA-classificatie van 2 of lager")]
    [InlineData("Een nieuw dialysecentrum moet binnen twee jaar HKZ gecertificeerd zijn.", "termijn HKZ-certificering", ComparisonOperator.AtMost, "2", "jaar", "binnen twee jaar HKZ gecertificeerd")]
    [InlineData("Het samenwerkingsverband bedient minimaal 100.000 inwoners.", "inwoners", ComparisonOperator.AtLeast, "100000", "inwoners", "minimaal 100.000 inwoners")]
    [InlineData("Minimaal 100.000 patiënten", "patiënten", ComparisonOperator.AtLeast, "100000", "patiënten", "Minimaal 100.000 patiënten")]
    [InlineData("De RSV heeft een mandaat van 80% van de huisartsen.", "mandaat huisartsen", ComparisonOperator.AtLeast, "80", "%", "mandaat van 80% van de huisartsen")]
    [InlineData("Aantoonbaar mandaat van 80% vd huisartsen", "mandaat huisartsen", ComparisonOperator.AtLeast, "80", "%", "mandaat van 80% vd huisartsen")]
    [InlineData("De huisartsenpost is maximaal 12 uur per dag gesloten.", "duur", ComparisonOperator.AtMost, "12", "uur", "maximaal 12 uur")]
    [InlineData("Wachttijden van langer dan zes maanden", "duur", ComparisonOperator.MoreThan, "6", "maanden", "langer dan zes maanden")]
    [InlineData("Een jaaromzet van ten minste € 2.500.000,50.", "jaaromzet", ComparisonOperator.AtLeast, "2500000.50", "EUR", "ten minste € 2.500.000,50")]
    [InlineData("Het budget is niet meer dan 50.000 euro.", "budget", ComparisonOperator.AtMost, "50000", "EUR", "niet meer dan 50.000 euro")]
    [InlineData("Een score van 7 of hoger.", "score", ComparisonOperator.AtLeast, "7", "", "score van 7 of hoger")]
    public void A_single_threshold_is_read_with_metric_operator_value_and_unit(string text, string metric, ComparisonOperator comparison, string value, string unit, string source)
    {
        var reading = ThresholdExtractor.Extract(text);

        reading.Logic.Should().Be(ThresholdLogic.AllOf);
        reading.Thresholds.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new ParsedThreshold(metric, comparison, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, source));
    }

    [Fact]
    public void Thresholds_joined_by_of_are_alternatives()
    {
        var reading = ThresholdExtractor.Extract(
            "De minimale zorgomzet van een bestaande of nieuwe ZBC moet minimaal € 100.000 zijn, of Zorg en Zekerheid heeft minimaal 25% marktaandeel binnen de ZBC, of de ZBC is minimaal twee jaar volwaardig in bedrijf.");

        reading.Logic.Should().Be(ThresholdLogic.AnyOf);
        reading.Thresholds.Should().BeEquivalentTo(
        [
            new ParsedThreshold("zorgomzet", ComparisonOperator.AtLeast, 100000m, "EUR", "minimaal € 100.000"),
            new ParsedThreshold("marktaandeel", ComparisonOperator.AtLeast, 25m, "%", "minimaal 25% marktaandeel"),
            new ParsedThreshold("jaren in bedrijf", ComparisonOperator.AtLeast, 2m, "jaar", "minimaal twee jaar volwaardig in bedrijf"),
        ], options => options.WithStrictOrdering());
    }

    [Fact]
    public void A_percentage_of_two_groups_joined_by_en_applies_to_both()
    {
        var reading = ThresholdExtractor.Extract("Het RSV vertegenwoordigt minimaal 85% huisartsen én inwoners in de regio.");

        reading.Logic.Should().Be(ThresholdLogic.AllOf);
        reading.Thresholds.Select(threshold => (threshold.Metric, threshold.Value, threshold.Unit)).Should().Equal(("huisartsen", 85m, "%"), ("inwoners", 85m, "%"));
        reading.Thresholds.Should().OnlyContain(threshold => threshold.SourceText == "minimaal 85% huisartsen én inwoners");
    }

    [Fact]
    public void Thresholds_without_of_between_them_all_apply()
    {
        var reading = ThresholdExtractor.Extract("Minimaal 100.000 inwoners en een mandaat van 80% van de huisartsen.");

        reading.Logic.Should().Be(ThresholdLogic.AllOf);
        reading.Thresholds.Select(threshold => threshold.Metric).Should().Equal("inwoners", "mandaat huisartsen");
    }

    [Theory]
    [InlineData("u staat niet onder verscherpt toezicht")]
    [InlineData("u wordt uitgesloten van contractering als u in de afgelopen 5 jaar een ernstige fout heeft begaan")]
    [InlineData("De instelling beschikt minimaal over een klachtenregeling.")]
    [InlineData("Binnen de regio wordt samengewerkt.")]
    [InlineData("minimaal een goede achterwachtregeling")]
    public void Text_without_a_measurable_threshold_has_none(string text)
    {
        ThresholdExtractor.Extract(text).Thresholds.Should().BeEmpty();
    }

    [Theory]
    [InlineData("100.000", "100000")]
    [InlineData("1,2", "1.2")]
    [InlineData("95,5", "95.5")]
    [InlineData("twee", "2")]
    [InlineData("één", "1")]
    [InlineData("twaalf", "12")]
    [InlineData("tien", "10")]
    public void Dutch_numbers_are_read(string text, string expected)
    {
        ThresholdExtractor.ParseNumber(text).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
