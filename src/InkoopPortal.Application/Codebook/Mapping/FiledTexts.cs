namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>The text filed under each topic, for <see cref="CodebookTopic.FiledTexts"/>.</summary>
public static class FiledTexts
{
    /// <summary>
    /// Texts per topic slug: each filed text under its own topic, and also under every generic topic that topic
    /// covers (<c>Topic.Covers</c>: the memo's "Algemeen" covers <c>inkoopproces-en-planning</c>, so a memo cell on
    /// "Algemeen" teaches the generic topic's wording too). Order of the texts is kept; duplicates are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Gather(
        IEnumerable<(string Slug, string Text)> filed,
        IReadOnlyDictionary<string, IReadOnlyList<string>> covers)
    {
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentNullException.ThrowIfNull(covers);
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (slug, text) in filed)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var targets = new[] { slug }.Concat(covers.TryGetValue(slug, out var covered) ? covered : []);
            foreach (var target in targets)
            {
                if (!texts.TryGetValue(target, out var list))
                {
                    texts[target] = list = [];
                }

                if (!list.Contains(text, StringComparer.Ordinal))
                {
                    list.Add(text);
                }
            }
        }

        return texts.ToDictionary(entry => entry.Key, entry => (IReadOnlyList<string>)entry.Value, StringComparer.Ordinal);
    }
}
