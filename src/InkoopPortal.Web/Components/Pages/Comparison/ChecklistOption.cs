namespace InkoopPortal.Web.Components.Pages.Comparison;

/// <summary>One choice of a <see cref="ChecklistFilter"/>.</summary>
public sealed record ChecklistOption(string Value, string Text, string? CssClass = null);
