using InkoopPortal.Application.Editing;
using InkoopPortal.Domain;
using InkoopPortal.Domain.Documents;

namespace InkoopPortal.UnitTests.History;

public class StatementValidationTests
{
    [Fact]
    public void A_statement_with_content_needs_text()
    {
        var messages = StatementEditor.Validate(Edit(StatementStatus.Content, " \n "));

        messages.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Field = nameof(StatementEditModel.Markdown),
            Message = "Vul de tekst van de cel in. Is er niets te beschrijven, kies dan 'Geen bijzonderheden', " +
                "'Geen beleid gepubliceerd' of 'Nog niet geanalyseerd'.",
        });
    }

    [Theory]
    [InlineData(StatementStatus.NothingSpecial)]
    [InlineData(StatementStatus.NoPolicyPublished)]
    [InlineData(StatementStatus.NotAnalysed)]
    public void The_fixed_answers_may_go_without_text(StatementStatus status) =>
        StatementEditor.Validate(Edit(status, "")).Should().BeEmpty();

    [Fact]
    public void Text_over_the_limit_is_refused_with_its_length()
    {
        var messages = StatementEditor.Validate(Edit(StatementStatus.Content, new string('x', FieldLimits.StatementMarkdown + 1)));

        messages.Should().ContainSingle().Which.Message.Should().Be(
            "De tekst is 20.001 tekens lang; een cel mag er ten hoogste 20.000 hebben. Kort de tekst in of verdeel hem over onderwerpen.");
        StatementEditor.Validate(Edit(StatementStatus.Content, new string('x', FieldLimits.StatementMarkdown))).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_status_is_refused()
    {
        var messages = StatementEditor.Validate(Edit((StatementStatus)99, "Tekst"));

        messages.Should().ContainSingle().Which.Field.Should().Be(nameof(StatementEditModel.Status));
    }

    private static StatementEditModel Edit(StatementStatus status, string markdown) =>
        new() { StatementId = 1, Status = status, Markdown = markdown, Version = 1 };
}
