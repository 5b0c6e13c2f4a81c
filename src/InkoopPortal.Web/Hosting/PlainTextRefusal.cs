namespace InkoopPortal.Web.Hosting;

/// <summary>
/// A download or feed that cannot be made from its query string: 400 with the Dutch messages as plain text, one line
/// each, under a heading that says what could not be made (calendar clients and "save as" show plain text best).
/// </summary>
public static class PlainTextRefusal
{
    public static IResult Create(string heading, IEnumerable<string> messages) =>
        Results.Text(
            heading + "\n" + string.Join("\n", messages.Select(message => "- " + message)),
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status400BadRequest);
}
