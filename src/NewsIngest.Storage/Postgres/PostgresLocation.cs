using System.Globalization;
using Npgsql;

namespace NewsIngest.Storage.Postgres;

/// <summary>
/// A PostgreSQL store named by a URI, <c>postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?PARAMS]</c> (or
/// <c>postgres://</c>), as libpq writes it. <see cref="Display"/> is the form every message uses: it never holds a
/// password, whether the password came in the URI, in <c>PGPASSWORD</c> or from a <c>.pgpass</c> file (the last two
/// are read by Npgsql itself when the URI has none).
/// </summary>
public sealed class PostgresLocation
{
    private static readonly Dictionary<string, Action<NpgsqlConnectionStringBuilder, string>> Parameters = new(StringComparer.Ordinal)
    {
        ["sslmode"] = (b, v) => b.SslMode = Enum.Parse<SslMode>(v.Replace("-", "", StringComparison.Ordinal), ignoreCase: true),
        ["connect_timeout"] = (b, v) => b.Timeout = int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture),
        ["application_name"] = (b, v) => b.ApplicationName = v,
        ["host"] = (b, v) => b.Host = v,
        ["port"] = (b, v) => b.Port = int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture),
        ["user"] = (b, v) => b.Username = v,
        ["dbname"] = (b, v) => b.Database = v,
        ["passfile"] = (b, v) => b.Passfile = v,
        ["target_session_attrs"] = (b, v) => b.TargetSessionAttributes = v,
        ["options"] = (b, v) => b.Options = v,
        ["keepalives_idle"] = (b, v) => b.TcpKeepAliveTime = int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture),
    };

    private PostgresLocation(string connectionString, string display)
    {
        ConnectionString = connectionString;
        Display = display;
    }

    /// <summary>The Npgsql connection string (may hold a password: never print it).</summary>
    internal string ConnectionString { get; }

    /// <summary>The URI without its password, for messages, logs and the <c>runs</c> table.</summary>
    public string Display { get; }

    public override string ToString() => Display;

    /// <summary>Whether a <c>--db</c> value names a PostgreSQL store rather than a SQLite file.</summary>
    public static bool IsUri(string value) =>
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="StoreException">The URI is malformed; the message shows it without its password.</exception>
    public static PostgresLocation Parse(string uri)
    {
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0 || !IsUri(uri))
        {
            throw new StoreException("not a PostgreSQL URI: write postgresql://USER@HOST[:PORT]/DATABASE");
        }

        var rest = uri[(scheme + 3)..];
        var query = "";
        var mark = rest.IndexOf('?', StringComparison.Ordinal);
        if (mark >= 0)
        {
            query = rest[(mark + 1)..];
            rest = rest[..mark];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        var database = slash < 0 ? "" : Decode(rest[(slash + 1)..]);
        string? user = null;
        string? password = null;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority[..at];
            authority = authority[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            user = Decode(colon < 0 ? userInfo : userInfo[..colon]);
            password = colon < 0 ? null : Decode(userInfo[(colon + 1)..]);
        }

        var (host, port) = SplitHost(authority);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = host.Length == 0 ? "localhost" : host,
            Database = database.Length == 0 ? null : database,
            // Our own messages say what failed; the server's parameter and error details stay out of exceptions.
            IncludeErrorDetail = false,
            ApplicationName = "newsingest",
            // Npgsql gives up on a connection after 15 s; a busy server forking a session for a new ingest under
            // load took longer here. connect_timeout in the URI sets another.
            Timeout = 60,
        };
        if (port is { } p)
        {
            builder.Port = p;
        }

        if (!string.IsNullOrEmpty(user))
        {
            builder.Username = user;
        }

        if (!string.IsNullOrEmpty(password))
        {
            builder.Password = password;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (name == "password")
            {
                builder.Password = value;
                continue;
            }

            if (!Parameters.TryGetValue(name, out var apply))
            {
                throw new StoreException(
                    $"unknown parameter '{name}' in {Redact(builder)}: use one of {string.Join(", ", Parameters.Keys.Order(StringComparer.Ordinal))}");
            }

            try
            {
                apply(builder, value);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
            {
                throw new StoreException($"parameter '{name}' has a bad value in {Redact(builder)}: check the URI");
            }
        }

        builder.Database ??= builder.Username ?? Environment.GetEnvironmentVariable("PGUSER") ?? Environment.UserName;
        return new PostgresLocation(builder.ConnectionString, Redact(builder));
    }

    private static (string Host, int? Port) SplitHost(string authority)
    {
        string host;
        var portText = "";
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new StoreException("a PostgreSQL URI has an unclosed '[' in its host: write postgresql://USER@[::1]:5432/DATABASE");
            }

            host = authority[1..close];
            var after = authority[(close + 1)..];
            portText = after.StartsWith(':') ? after[1..] : "";
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
            portText = colon < 0 ? "" : authority[(colon + 1)..];
        }

        if (portText.Length == 0)
        {
            return (Decode(host), null);
        }

        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new StoreException($"a PostgreSQL URI has a bad port ({portText}): write postgresql://USER@HOST:5432/DATABASE");
        }

        return (Decode(host), port);
    }

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    /// <summary>The URI form of a connection, user, host, port and database only.</summary>
    private static string Redact(NpgsqlConnectionStringBuilder builder)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
        var host = builder.Host ?? "";
        if (host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('/'))
        {
            host = $"[{host}]";
        }

        var database = builder.Database is null ? "" : Uri.EscapeDataString(builder.Database);
        return host.StartsWith('/')
            ? $"postgresql://{user}/{database}?host={host}"
            : $"postgresql://{user}{host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{database}";
    }
}
