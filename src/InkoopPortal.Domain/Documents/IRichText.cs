namespace InkoopPortal.Domain.Documents;

/// <summary>Content written as Markdown and stored with its sanitized HTML rendering.</summary>
public interface IRichText
{
    string BodyMarkdown { get; set; }

    string BodyHtml { get; set; }
}
