using InkoopPortal.Application.Codebook;

namespace InkoopPortal.Web.Components.Pages.Editing.Documents;

/// <summary>
/// Runs one review action of the filing page: the page shows its Dutch result in its live region and reloads the
/// filing. A component that only has something to say passes an action that returns the message.
/// </summary>
public delegate Task FilingRun(Func<DocumentFilingService, Task<FilingResult>> action);
