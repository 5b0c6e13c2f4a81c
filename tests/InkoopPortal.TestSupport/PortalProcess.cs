using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InkoopPortal.TestSupport;

/// <summary>
/// The built portal (<c>src/InkoopPortal.Web/bin/&lt;configuration&gt;/net10.0/InkoopPortal.Web.dll</c>) as a real
/// process of its own on a free port on 127.0.0.1, configured through environment variables as an operator would.
/// Its standard output and error are kept for the failure message; dispose kills exactly this process.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Everything the process wrote so far (standard output and error, interleaved).</summary>
    public string Output => string.Join('\n', _output);

    public bool HasExited => _process.HasExited;

    /// <summary>The configuration (Debug/Release) the running tests were built in, so that the app's build is the same.</summary>
    private static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The built app's entry assembly, of the same configuration (Debug/Release) as the running tests.</summary>
    public static string WebAssembly
    {
        get
        {
            var path = Path.Combine(RepositoryPaths.Root, "src", "InkoopPortal.Web", "bin", Configuration, "net10.0", "InkoopPortal.Web.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"De gebouwde portal ontbreekt: {path} (eerst dotnet build).");
        }
    }

    /// <summary>
    /// Starts the portal with <paramref name="settings"/> as environment variables (e.g. <c>Database__Provider</c>), on
    /// <paramref name="port"/> when given (a restart on the same address), otherwise on a free one.
    /// </summary>
    public static PortalProcess Start(IReadOnlyDictionary<string, string> settings, IReadOnlyList<string>? arguments = null, int? port = null)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(WebAssembly)! };
        start.ArgumentList.Add(WebAssembly);
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return Launch(start, port.Value, settings);
    }

    /// <summary>
    /// Starts the portal the way the README says, <c>dotnet run --project src/InkoopPortal.Web</c> (its launch profile
    /// included, so the environment comes from the profile, not from the test host), without building again.
    /// </summary>
    public static PortalProcess StartAsTheReadmeSays(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root };
        foreach (var argument in (string[])["run", "--no-build", "--project", "src/InkoopPortal.Web", "--configuration", Configuration, "--", "--urls", $"http://127.0.0.1:{port}"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        return Launch(start, port, settings);
    }

    /// <summary>Starts the built portal and waits until it is ready; throws with its output when it is not within <paramref name="timeout"/>.</summary>
    public static async Task<PortalProcess> StartReadyAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout, int? port = null) =>
        await ReadyOrThrowAsync(Start(settings, port: port), timeout);

    /// <summary>Waits until <paramref name="portal"/> is ready; disposes it and throws with its output when it is not.</summary>
    public static async Task<PortalProcess> ReadyOrThrowAsync(PortalProcess portal, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(portal);
        if (await portal.WaitUntilReadyAsync(timeout))
        {
            return portal;
        }

        var output = portal.Output;
        await portal.DisposeAsync();
        throw new InvalidOperationException($"De portal op {portal.Address} was na {timeout.TotalMinutes:0.#} minuten niet gereed:{Environment.NewLine}{output}");
    }

    private static PortalProcess Launch(ProcessStartInfo start, int port, IReadOnlyDictionary<string, string> settings)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var portal = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => portal.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => portal.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return portal;
    }

    /// <summary>
    /// Waits until <c>/health/ready</c> answers 200 (true), or the process ends or <paramref name="timeout"/> passes (false).
    /// </summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        return false;
    }

    /// <summary>Waits for the process to end by itself (a command-line run) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
