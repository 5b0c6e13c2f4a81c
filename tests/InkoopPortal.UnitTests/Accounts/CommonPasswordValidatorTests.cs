using InkoopPortal.Application.Accounts;

namespace InkoopPortal.UnitTests.Accounts;

public class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("123456789012")]
    [InlineData("wachtwoord12")]
    [InlineData("Wachtwoord12")]
    [InlineData("WACHTWOORD!!")]
    [InlineData("Welkom2026!!")]
    [InlineData("password1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("zorgkantoor2026")]
    [InlineData("  iloveyou   ")]
    [InlineData("1q2w3e4r!2026")]
    public void Common_passwords_and_common_words_with_digits_behind_them_are_refused(string password) =>
        CommonPasswordValidator.IsCommon(password).Should().BeTrue();

    [Theory]
    [InlineData("paardenbloem-fietsbel")]
    [InlineData("lang-genoeg-wachtwoord-42")]
    [InlineData("12wachtwoordx")]
    [InlineData("correct horse battery staple")]
    [InlineData("Zorginkoop in de regio 2026")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_passwords_pass(string? password) =>
        CommonPasswordValidator.IsCommon(password).Should().BeFalse();

    [Fact]
    public void The_built_in_list_holds_the_source_list_and_the_Dutch_additions()
    {
        CommonPasswordValidator.IsCommon("password").Should().BeTrue("the first entry of SecLists' list");
        CommonPasswordValidator.IsCommon("eyphed").Should().BeTrue("the last entry of SecLists' list");
        CommonPasswordValidator.IsCommon("wachtwoord").Should().BeTrue("a Dutch addition");
    }

    [Fact]
    public async Task The_validator_answers_in_Dutch_with_its_code()
    {
        var result = await new CommonPasswordValidator().ValidateAsync(null!, new PortalUser(), "wachtwoord12");

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Description.Should().StartWith("Dit wachtwoord komt voor in een lijst van veelgebruikte wachtwoorden");
        (await new CommonPasswordValidator().ValidateAsync(null!, new PortalUser(), "paardenbloem-fietsbel")).Succeeded.Should().BeTrue();
    }
}
