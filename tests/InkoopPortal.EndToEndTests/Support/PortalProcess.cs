using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using InkoopPortal.TestSupport;

namespace InkoopPortal.EndToEndTests.Support;

/// <summary>
/// The portal started the way the README says, <c>dotnet run --project src/InkoopPortal.Web</c> (its launch profile
/// included), without building again, on a free port on 127.0.0.1. Disposing it stops the process tree.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where this instance listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>What the process wrote to standard output and standard error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> as environment variables and waits until /health/ready answers 200.</summary>
    public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "run", "--no-build", "--project", "src/InkoopPortal.Web", "--configuration", BuildConfiguration(),
            "--", "--urls", address.GetLeftPart(UriPartial.Authority),
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // As from a user's shell: the environment comes from the launch profile, not from the test host.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run kon niet worden gestart.");
        var portal = new PortalProcess(process, address);
        process.OutputDataReceived += (_, line) => portal.Append(line.Data);
        process.ErrorDataReceived += (_, line) => portal.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await portal.WaitUntilReadyAsync();
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }

        return portal;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"De portal stopte bij het starten (exitcode {_process.ExitCode}):{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, "health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
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

            await Task.Delay(500);
        }

        throw new TimeoutException($"De portal op {Address} was na {StartTimeout.TotalMinutes} minuten niet gereed:{Environment.NewLine}{Output}");
    }

    /// <summary>The configuration this test run was built in (bin/&lt;configuration&gt;/net10.0), so that the app's build is the same.</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
}
