namespace InkoopPortal.Domain.Sources;

/// <summary>
/// The bytes of an imported file exactly as they arrived, kept apart from <see cref="SourceDocument"/> so that
/// lists of sources never load them. Served at a stable address with the source's content type.
/// </summary>
public class SourceFile
{
    public int SourceDocumentId { get; set; }

    public required byte[] Bytes { get; set; }
}
