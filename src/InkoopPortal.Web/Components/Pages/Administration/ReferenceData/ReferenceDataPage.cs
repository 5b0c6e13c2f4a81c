using InkoopPortal.Application.Editing;
using InkoopPortal.Application.Security;
using Microsoft.AspNetCore.Components;

namespace InkoopPortal.Web.Components.Pages.Administration.ReferenceData;

/// <summary>
/// The reference data pages' shared handling of a write: the administrator check before it, the signed-in actor,
/// and the Dutch outcome (notice, problem, field messages). What the administrator typed stays in the form whatever happens.
/// </summary>
public abstract class ReferenceDataPage : ComponentBase
{
    [Inject]
    private ICurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IPortalAuthorization Authorization { get; set; } = default!;

    protected IReadOnlyList<FieldMessage> Messages { get; set; } = [];

    protected string? Notice { get; set; }

    protected string? Problem { get; set; }

    protected bool Busy { get; private set; }

    /// <summary>Runs a write for the signed-in administrator; a refusal becomes <see cref="Problem"/>.</summary>
    protected async Task RunAsync(Func<AuditActor, Task> write)
    {
        Busy = true;
        Notice = null;
        Problem = null;
        Messages = [];
        try
        {
            await Authorization.EnsureAllowedAsync(PortalPolicies.Administer);
            await write(await CurrentActor.GetAsync());
        }
        catch (PortalAccessDeniedException denied)
        {
            Problem = denied.Message;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>
    /// Shows what a save did that the page does not handle itself (invalid, not found); true when it was saved.
    /// <paramref name="what"/> names the record ("De inkoper").
    /// </summary>
    protected bool Report<TModel>(SaveResult<TModel> result, string what, string savedNotice)
        where TModel : class
    {
        switch (result)
        {
            case SaveResult<TModel>.Saved:
                Notice = savedNotice;
                return true;
            case SaveResult<TModel>.Invalid invalid:
                Messages = invalid.Messages;
                var general = invalid.Messages.Where(message => message.Field.Length == 0).Select(message => message.Message).ToList();
                Problem = general.Count > 0
                    ? string.Join(" ", general)
                    : $"{what} is niet opgeslagen. Zie de meldingen bij de velden; wat u invulde staat er nog.";
                return false;
            case SaveResult<TModel>.NotFound:
                Problem = $"{what} is niet opgeslagen: iemand heeft hem intussen verwijderd. Wat u invulde staat er nog; kopieer het als u het wilt bewaren.";
                return false;
            default:
                return false;
        }
    }

    /// <summary>Adds or removes <paramref name="id"/> as a checkbox changes.</summary>
    protected static void Toggle(List<int> ids, int id, ChangeEventArgs args)
    {
        ids.Remove(id);
        if (args.Value is true)
        {
            ids.Add(id);
        }
    }
}
