namespace InkoopPortal.Application.Api;

/// <summary>Reads <c>page</c> and <c>pageSize</c>; every problem becomes a Dutch message.</summary>
public static class ApiPaging
{
    public const int DefaultPageSize = 20;
    public const int MaximumPageSize = 100;

    public static PageRequest Read(string? page, string? pageSize, List<string> problems)
    {
        var pageNumber = ReadNumber(page, "page", 1, 1, int.MaxValue / MaximumPageSize, problems);
        var size = ReadNumber(pageSize, "pageSize", DefaultPageSize, 1, MaximumPageSize, problems);
        return new PageRequest(pageNumber, size);
    }

    private static int ReadNumber(string? text, string name, int fallback, int minimum, int maximum, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), out var number) && number >= minimum && number <= maximum)
        {
            return number;
        }

        var shown = text.Length <= 40 ? text : text[..40] + "…";
        problems.Add($"'{shown}' is geen geldige waarde voor {name}: gebruik een heel getal van {minimum} tot en met {maximum}.");
        return fallback;
    }
}
