using InkoopPortal.Application.Editing;
using InkoopPortal.Application.History;

namespace InkoopPortal.Application.ReferenceData.Editing;

/// <summary>Why a delete was refused, in Dutch and with the record's name, as the result of the delete.</summary>
internal static class InUseMessage
{
    public static SaveResult<TModel> Refused<TModel>(string name, RecordInUseException refusal)
        where TModel : class =>
        new SaveResult<TModel>.Invalid([new FieldMessage("",
            $"'{name}' is niet verwijderd: {ContentRecordNames.Count(refusal.DependentCount, refusal.DependentType)} " +
            $"{(refusal.DependentCount == 1 ? "verwijst" : "verwijzen")} er nog naar. Verwijder of wijzig die eerst.")]);
}
