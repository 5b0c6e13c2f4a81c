using InkoopPortal.Application.Editing;

namespace InkoopPortal.Web.Components.Pages.Editing.Documents;

/// <summary>What a <see cref="DocumentPartSection{TRecord, TModel}"/> hands its form fields: the model, the messages, unique ids.</summary>
public sealed record PartForm<TModel>(TModel Model, IReadOnlyList<FieldMessage> Messages, string IdPrefix)
{
    /// <summary>A unique element id for a field ("termijnen-12-Date").</summary>
    public string IdOf(string field) => $"{IdPrefix}-{field}";
}
