using InkoopPortal.Application.Import.Names;

namespace InkoopPortal.Application.Import;

/// <summary>
/// One problem in an import, with its position (1-based; line 0 for a problem that is not about one line, such as
/// an unknown care type) and a Dutch message for the user.
/// </summary>
public sealed record ImportProblem(int Line, int? Column, string Message)
{
    public override string ToString() => (Line, Column) switch
    {
        (<= 0, _) => Message,
        (_, { } column) => $"Regel {Line}, kolom {column}: {Message}",
        _ => $"Regel {Line}: {Message}",
    };
}

/// <summary>Thrown when a file cannot be imported. Nothing has been written when this is thrown.</summary>
public sealed class ImportFailedException(IReadOnlyList<ImportProblem> problems, IReadOnlyList<ImportName>? unknownNames = null)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;

    /// <summary>The purchasers and topics the file names that do not exist and were not confirmed as new (part of <see cref="Problems"/>).</summary>
    public IReadOnlyList<ImportName> UnknownNames { get; } = unknownNames ?? [];

    public ImportFailedException(ImportProblem problem) : this([problem])
    {
    }
}
