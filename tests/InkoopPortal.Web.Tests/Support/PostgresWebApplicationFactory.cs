using InkoopPortal.Infrastructure.Persistence;
using InkoopPortal.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace InkoopPortal.Web.Tests.Support;

/// <summary>The real app on a new, empty database on the test PostgreSQL server (dropped on dispose).</summary>
public class PostgresWebApplicationFactory : PortalWebApplicationFactory, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync() =>
        ConnectionString = await PostgresServer.Instance.CreateDatabaseAsync("web");

    /// <summary>The connection string the app gets; a subclass may route it elsewhere.</summary>
    protected virtual string AppConnectionString => ConnectionString;

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Postgres));
        builder.UseSetting("ConnectionStrings:Postgres", AppConnectionString);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await PostgresServer.Instance.DropDatabaseAsync(ConnectionString);
    }
}

/// <summary>
/// The app on PostgreSQL reached through a local TCP forwarder. Closing the forwarder leaves the app pointing at a
/// closed port: the database is unreachable while the app keeps running.
/// </summary>
public sealed class UnreachablePostgresWebApplicationFactory : PostgresWebApplicationFactory
{
    private TcpForwarder? _forwarder;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var target = new NpgsqlConnectionStringBuilder(ConnectionString);
        _forwarder = new TcpForwarder(target.Host!, target.Port);
    }

    protected override string AppConnectionString =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = Forwarder.Port, Timeout = 3 }.ConnectionString;

    private TcpForwarder Forwarder => _forwarder ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>Closes the port the app connects to and cuts its open connections.</summary>
    public ValueTask CloseDatabasePortAsync() => Forwarder.DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_forwarder is not null)
        {
            await _forwarder.DisposeAsync();
        }
    }
}
