using System.Globalization;
using Microsoft.Data.Sqlite;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Admin.Store;

/// <summary>
/// The endpoints created through the admin API, in a SQLite file (the config's <c>store:</c>). One
/// connection, used under a lock; write-ahead logging with <c>synchronous=FULL</c>, so a write is
/// on disk when its commit returns: the API replies only after that, and a crash after a reply
/// loses nothing that was acknowledged.
/// </summary>
public sealed class EndpointStore : IDisposable
{
    /// <summary>The schema version this code writes (<c>PRAGMA user_version</c>).</summary>
    public const int SchemaVersion = 1;

    private const string Columns = "id, url, binding, pooling_enabled, traffic_policy, description, metadata, created_at, updated_at";

    private readonly SqliteConnection _connection;
    private readonly FileStream _ownership;
    private readonly Lock _gate = new();

    private EndpointStore(string path, SqliteConnection connection, FileStream ownership)
    {
        Path = path;
        _connection = connection;
        _ownership = ownership;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (or creates) the store, which this process then owns until it is disposed. Throws
    /// <see cref="SqliteException"/> when the file is not a database this code can use,
    /// <see cref="IOException"/> when its folder cannot be created or another process owns it.
    /// </summary>
    public static EndpointStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { } folder) Directory.CreateDirectory(folder);
        // No pooling: closing the store really closes the file, so a restarted server (or a test) starts clean.
        // Two proxies on one file would each serve their own, drifting, list of endpoints. An
        // exclusive lock on a file beside the database (FileShare.None is an flock on Unix)
        // keeps a second one from starting, and still lets an operator read the database.
        var ownership = new FileStream(full + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var mode = Scalar(connection, "PRAGMA journal_mode=WAL;") as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"the store '{full}' cannot use write-ahead logging (journal mode '{mode}')");
            Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;");
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
            if (version > SchemaVersion)
                throw new InvalidOperationException($"the store '{full}' was written by a newer version (schema {version}; this one knows {SchemaVersion})");
            Execute(connection, $"""
                CREATE TABLE IF NOT EXISTS endpoints (
                    id TEXT PRIMARY KEY NOT NULL,
                    url TEXT NOT NULL,
                    binding TEXT NOT NULL,
                    pooling_enabled INTEGER NOT NULL,
                    traffic_policy TEXT NOT NULL,
                    description TEXT NOT NULL,
                    metadata TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                ) STRICT;
                PRAGMA user_version = {SchemaVersion};
                """);
            return new EndpointStore(full, connection, ownership);
        }
        catch
        {
            connection.Dispose();
            ownership.Dispose();
            throw;
        }
    }

    /// <summary>Every stored endpoint, in the order they were created; rows that cannot be read are described in <paramref name="problems"/>.</summary>
    public List<StoredEndpoint> LoadAll(List<string> problems)
    {
        var result = new List<StoredEndpoint>();
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM endpoints ORDER BY rowid;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                var url = reader.GetString(1);
                var binding = SchemeNames.ParseBinding(reader.GetString(2));
                var (created, updated) = (reader.GetString(7), reader.GetString(8));
                // The file may have been edited by hand: a bad row is reported (and the start refused), not thrown.
                string? error = null;
                if (!EndpointAddress.TryParse(url, out var address, out var urlError)) error = urlError;
                else if (binding is not (EndpointBinding.Public or EndpointBinding.Internal)) error = $"unknown binding '{reader.GetString(2)}'";
                var timesRead = TryParseTime(created, out var createdAt) & TryParseTime(updated, out var updatedAt);
                if (!timesRead)
                    error ??= $"unreadable created_at '{created}' or updated_at '{updated}'";
                if (error is not null)
                {
                    problems.Add($"stored endpoint {id} ({url}) cannot be loaded: {error}");
                    continue;
                }
                result.Add(new StoredEndpoint(id, address!, binding!.Value, reader.GetInt64(3) != 0, reader.GetString(4), reader.GetString(5), reader.GetString(6), createdAt, updatedAt));
            }
        }
        return result;
    }

    /// <summary>Adds an endpoint and commits.</summary>
    public void Insert(StoredEndpoint e) => Write($"INSERT INTO endpoints ({Columns}) VALUES ($id, $url, $binding, $pooling, $policy, $description, $metadata, $created, $updated);", e);

    /// <summary>Replaces an endpoint's changeable fields and commits.</summary>
    public void Update(StoredEndpoint e) =>
        Write("UPDATE endpoints SET traffic_policy = $policy, description = $description, metadata = $metadata, updated_at = $updated WHERE id = $id;", e);

    /// <summary>Removes an endpoint and commits.</summary>
    public void Delete(string id)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM endpoints WHERE id = $id;";
            command.Parameters.AddWithValue("$id", id);
            Expect(command.ExecuteNonQuery(), id);
            transaction.Commit();
        }
    }

    private void Write(string sql, StoredEndpoint e)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$id", e.Id);
            command.Parameters.AddWithValue("$url", e.Address.Url);
            command.Parameters.AddWithValue("$binding", e.Binding == EndpointBinding.Internal ? "internal" : "public");
            command.Parameters.AddWithValue("$pooling", e.PoolingEnabled ? 1 : 0);
            command.Parameters.AddWithValue("$policy", e.TrafficPolicy);
            command.Parameters.AddWithValue("$description", e.Description);
            command.Parameters.AddWithValue("$metadata", e.Metadata);
            command.Parameters.AddWithValue("$created", FormatTime(e.CreatedAt));
            command.Parameters.AddWithValue("$updated", FormatTime(e.UpdatedAt));
            Expect(command.ExecuteNonQuery(), e.Id);
            transaction.Commit();
        }
    }

    // The in-memory list and the table change together under the server's lock, so a write that
    // touches no row means they disagree: a bug, not user input.
    private static void Expect(int rows, string id)
    {
        if (rows != 1) throw new InvalidOperationException($"the store changed {rows} rows for endpoint {id}, not 1");
    }

    private static string FormatTime(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static bool TryParseTime(string s, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The value of a pragma (for tests and diagnostics), e.g. <c>journal_mode</c> or <c>synchronous</c>.</summary>
    public string? Pragma(string name)
    {
        lock (_gate) return Convert.ToString(Scalar(_connection, $"PRAGMA {name};"), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
            _ownership.Dispose();
        }
    }
}
