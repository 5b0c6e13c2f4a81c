namespace InkoopPortal.Application.Codebook.Mapping;

/// <summary>
/// TF-IDF vectors of stems, the IDF taken over a fixed set of documents (the topics' texts), so a vector does not
/// depend on which other passages are scored. Term weight: (1 + ln tf) × idf; vectors are compared by cosine.
/// </summary>
internal sealed class TfIdf
{
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly double _unseenIdf;

    public TfIdf(IEnumerable<List<StemmedWord>> documents)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            foreach (var stem in document.Select(word => word.Stem).Distinct(StringComparer.Ordinal))
            {
                frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
            }
        }

        foreach (var (stem, documentFrequency) in frequency)
        {
            _idf[stem] = Math.Log((count + 1.0) / (documentFrequency + 1.0)) + 1;
        }

        _unseenIdf = Math.Log(count + 1.0) + 1;
    }

    public Dictionary<string, double> Vector(IReadOnlyList<StemmedWord> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            counts[word.Stem] = counts.GetValueOrDefault(word.Stem) + 1;
        }

        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (stem, count) in counts)
        {
            vector[stem] = (1 + Math.Log(count)) * _idf.GetValueOrDefault(stem, _unseenIdf);
        }

        return vector;
    }

    public static double Cosine(Dictionary<string, double> left, Dictionary<string, double> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var (small, large) = left.Count <= right.Count ? (left, right) : (right, left);
        var dot = 0.0;
        foreach (var (stem, weight) in small)
        {
            if (large.TryGetValue(stem, out var other))
            {
                dot += weight * other;
            }
        }

        return dot == 0 ? 0 : Math.Clamp(dot / (Norm(left) * Norm(right)), 0, 1);
    }

    private static double Norm(Dictionary<string, double> vector) => Math.Sqrt(vector.Values.Sum(weight => weight * weight));
}
