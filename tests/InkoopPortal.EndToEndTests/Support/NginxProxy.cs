using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using InkoopPortal.TestSupport;

namespace InkoopPortal.EndToEndTests.Support;

/// <summary>
/// Debian's nginx in front of portal instances on this machine, running the committed deploy/nginx.conf (the one
/// docker-compose.yml mounts) with the instances' addresses in its upstream and an unprivileged port, as a
/// non-daemon child process with everything it writes in a temporary folder.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    /// <summary>Each response names the instance that answered it (only in this test configuration).</summary>
    public const string UpstreamHeader = "X-Upstream";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static string CommittedConfiguration => Path.Combine(RepositoryPaths.Root, "deploy", "nginx.conf");

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<Uri> instances)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"nginx ontbreekt: apt-get install -y nginx (de proxytest start {Executable}; ./test.sh installeert het als root zelf).");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"inkoopportal-nginx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var temporary in new[] { "body", "proxy" })
        {
            var path = Path.Combine(folder, temporary);
            Directory.CreateDirectory(path);
            if (!OperatingSystem.IsWindows())
            {
                // nginx's workers run as an unprivileged user when the tests run as root.
                File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111);
            }
        }

        var port = PortalProcess.FreePort();
        var configuration = Localize(await File.ReadAllTextAsync(CommittedConfiguration), instances, port, folder);
        var configurationFile = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configurationFile, configuration);

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "-p", folder, "-c", configurationFile, "-e", Path.Combine(folder, "error.log"),
            "-g", $"daemon off; pid {Path.Combine(folder, "nginx.pid")};",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx kon niet worden gestart.");
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await proxy.WaitUntilListeningAsync();
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }

        return proxy;
    }

    /// <summary>The committed configuration with this machine's addresses, and its logs and buffers in <paramref name="folder"/>.</summary>
    private static string Localize(string configuration, IReadOnlyList<Uri> instances, int port, string folder)
    {
        var servers = UpstreamServer().Matches(configuration);
        servers.Count.Should().Be(instances.Count, $"{CommittedConfiguration} names one upstream server per instance");
        var index = 0;
        configuration = UpstreamServer().Replace(configuration, _ => $"server {instances[index++].Authority};");
        ListenPort().Matches(configuration).Count.Should().Be(1, "the committed configuration listens on port 80 once");
        configuration = ListenPort().Replace(configuration, $"listen 127.0.0.1:{port};");
        var local = new StringBuilder()
            .AppendLine("http {")
            .AppendLine($"    access_log {Path.Combine(folder, "access.log")};")
            .AppendLine($"    client_body_temp_path {Path.Combine(folder, "body")};")
            .AppendLine($"    proxy_temp_path {Path.Combine(folder, "proxy")};")
            .AppendLine($"    add_header {UpstreamHeader} $upstream_addr always;");
        HttpBlock().Matches(configuration).Count.Should().Be(1);
        return HttpBlock().Replace(configuration, local.ToString());
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopte (exitcode {_process.ExitCode}): {await _process.StandardError.ReadToEndAsync()} {ErrorLog()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, "health/live"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"nginx op {Address} gaf geen antwoord: {ErrorLog()}");
    }

    public string ErrorLog()
    {
        var file = Path.Combine(_folder, "error.log");
        return File.Exists(file) ? File.ReadAllText(file) : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex(@"server\s+app\d+:8080;")]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"^\s*listen\s+80;", RegexOptions.Multiline)]
    private static partial Regex ListenPort();

    [GeneratedRegex(@"^http\s*\{\s*$", RegexOptions.Multiline)]
    private static partial Regex HttpBlock();
}
