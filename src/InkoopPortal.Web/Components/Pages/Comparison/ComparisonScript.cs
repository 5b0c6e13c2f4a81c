using Microsoft.JSInterop;

namespace InkoopPortal.Web.Components.Pages.Comparison;

/// <summary>The comparison pages' small JavaScript module (<c>wwwroot/js/comparison.js</c>), imported on first use.</summary>
internal sealed class ComparisonScript(IJSRuntime js) : IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;

    private Task<IJSObjectReference> Module => _module ??= js.InvokeAsync<IJSObjectReference>("import", "./js/comparison.js").AsTask();

    public async Task SetMyRegionAsync(string value) => await (await Module).InvokeVoidAsync("setMyRegion", value);

    public async Task ClearMyRegionAsync() => await (await Module).InvokeVoidAsync("clearMyRegion");

    public async Task<string> ReadMyRegionAsync() => await (await Module).InvokeAsync<string>("readMyRegion");

    public async Task PrintAsync() => await (await Module).InvokeVoidAsync("print");

    public async Task FocusSoonAsync(string selector) => await (await Module).InvokeVoidAsync("focusSoon", selector);

    public async Task RevealHashAsync() => await (await Module).InvokeVoidAsync("revealHash");

    /// <summary>Folds the drawn table's long cells and builds its printout (see comparison.js).</summary>
    public async Task PrepareMatrixAsync() => await (await Module).InvokeVoidAsync("prepareMatrix");

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            await (await _module).DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the module.
        }
    }
}
