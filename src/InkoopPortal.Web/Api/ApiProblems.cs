using Microsoft.AspNetCore.Http.HttpResults;

namespace InkoopPortal.Web.Api;

/// <summary>The API's errors as problem details (RFC 9457) with Dutch titles and messages.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadRequest(IReadOnlyList<string> messages) => TypedResults.Problem(
        title: "Het verzoek is niet geldig.",
        detail: string.Join(" ", messages),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["messages"] = messages });

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(
        title: "Niet gevonden.",
        detail: detail,
        statusCode: StatusCodes.Status404NotFound);

    /// <summary>An unexpected error: what went wrong is in the log, never in the answer.</summary>
    public static ProblemHttpResult ServerError() => TypedResults.Problem(
        title: "Er ging iets mis in het portaal.",
        detail: "Het verzoek kon niet worden afgehandeld. Probeer het later opnieuw; de fout is vastgelegd.",
        statusCode: StatusCodes.Status500InternalServerError);

    public static ProblemHttpResult MethodNotAllowed(HttpContext context)
    {
        context.Response.Headers.Allow = "GET, HEAD";
        return TypedResults.Problem(
            title: "Deze methode is niet toegestaan.",
            detail: $"De API is alleen te lezen: gebruik GET in plaats van {context.Request.Method}.",
            statusCode: StatusCodes.Status405MethodNotAllowed);
    }
}
