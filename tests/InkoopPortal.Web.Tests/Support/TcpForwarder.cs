using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace InkoopPortal.Web.Tests.Support;

/// <summary>Forwards connections from a loopback port to a target; disposing it closes the port and every connection.</summary>
internal sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentBag<TcpClient> _connections = [];
    private readonly Task _accepting;
    private int _disposed;

    public TcpForwarder(string targetHost, int targetPort)
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(targetHost, targetPort);
    }

    public int Port { get; }

    private async Task AcceptAsync(string targetHost, int targetPort)
    {
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var incoming = await _listener.AcceptTcpClientAsync(_stopping.Token);
                var outgoing = new TcpClient();
                _connections.Add(incoming);
                _connections.Add(outgoing);
                await outgoing.ConnectAsync(targetHost, targetPort, _stopping.Token);
                _ = PumpAsync(incoming, outgoing);
                _ = PumpAsync(outgoing, incoming);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), _stopping.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // One side went away.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        _listener.Stop();
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        await _accepting;
        _stopping.Dispose();
    }
}
