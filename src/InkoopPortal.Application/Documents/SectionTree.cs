namespace InkoopPortal.Application.Documents;

/// <summary>Nests a document's sections, stored as a flat list with heading levels, into chapters and subsections.</summary>
internal static class SectionTree
{
    public static IReadOnlyList<SectionEntry> Build(IEnumerable<(int Id, int Level, string? Number, string Title, string BodyHtml)> sections)
    {
        var root = new Node(0, 0, null, "", "");
        var path = new Stack<Node>();
        path.Push(root);
        foreach (var (id, level, number, title, bodyHtml) in sections)
        {
            // A section belongs to the nearest earlier section with a lower level; a level that jumps (1 → 3) still nests once.
            while (path.Peek().Level >= level && path.Peek() != root)
            {
                path.Pop();
            }

            var node = new Node(id, level, number, title, bodyHtml);
            path.Peek().Children.Add(node);
            path.Push(node);
        }

        return root.ToEntry().Children;
    }

    private sealed record Node(int Id, int Level, string? Number, string Title, string BodyHtml)
    {
        public List<Node> Children { get; } = [];

        public SectionEntry ToEntry() => new(Id, Number, Title, BodyHtml, Children.Select(child => child.ToEntry()).ToList());
    }
}
