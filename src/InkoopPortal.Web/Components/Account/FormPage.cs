using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;

namespace InkoopPortal.Web.Components.Account;

/// <summary>
/// Base of the statically rendered pages with a form (sign-in, password, user management). Those pages switch off
/// the framework's own antiforgery check (<c>[RequireAntiforgeryToken(required: false)]</c>), which would answer a
/// stale or missing token with an empty 400, and check the token here instead: the page is shown again with a Dutch
/// message and what was typed, so nothing is lost without a word. Every submit handler starts with
/// <see cref="IsGenuineAsync"/>.
/// </summary>
public abstract class FormPage : ComponentBase
{
    public const string StaleFormMessage =
        "Het formulier kon niet worden verwerkt: het was verlopen of kwam niet van deze pagina. " +
        "Controleer de gegevens en verstuur het formulier opnieuw.";

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private IAntiforgery Antiforgery { get; set; } = default!;

    /// <summary>What went wrong with the last submit, shown above the form.</summary>
    protected List<string> Problems { get; } = [];

    /// <summary>True when the posted form carries a valid antiforgery token; otherwise a 400 with a Dutch message.</summary>
    protected async Task<bool> IsGenuineAsync()
    {
        if (await Antiforgery.IsRequestValidAsync(HttpContext))
        {
            return true;
        }

        HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        Problems.Add(StaleFormMessage);
        return false;
    }

    /// <summary>Shows the problems and answers 400 or <paramref name="statusCode"/> (the input is rendered again).</summary>
    protected void Refuse(IEnumerable<string> problems, int statusCode = StatusCodes.Status400BadRequest)
    {
        HttpContext.Response.StatusCode = statusCode;
        Problems.AddRange(problems);
    }
}
