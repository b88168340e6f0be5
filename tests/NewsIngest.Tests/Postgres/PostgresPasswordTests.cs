using NewsIngest.Tests.Support;

namespace NewsIngest.Tests.Postgres;

/// <summary>
/// A server that asks for a password (<c>.ci/postgres.sh</c> makes the role <c>newsingest_password_test</c> log in with
/// SCRAM over TCP): the program, run as a process, takes the password from <c>PGPASSWORD</c> or from a <c>.pgpass</c>
/// file when the URI holds none, and a refused login is one line that never shows the password.
/// </summary>
[Trait("Category", "Process")]
public sealed class PostgresPasswordTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private const string Role = "newsingest_password_test";
    private readonly TempFolder _folder = new();

    [PostgresFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_password_comes_from_PGPASSWORD_or_a_pgpass_file_and_a_wrong_one_is_refused_without_being_shown()
    {
        var admin = database.Uri;
        var server = new Uri(admin);
        var name = server.AbsolutePath.Trim('/');
        var password = $"pw-{Guid.NewGuid():N}";
        PostgresDatabase.Execute(admin, $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Role}') THEN CREATE ROLE {Role} LOGIN; END IF; END $$");
        PostgresDatabase.Execute(admin, $"ALTER ROLE {Role} PASSWORD '{password}'");
        PostgresDatabase.Execute(admin, $"GRANT ALL ON DATABASE {name} TO {Role}");
        var uri = $"postgresql://{Role}@{server.Host}:{server.Port}/{name}";
        var seeds = SeedCopy.Into(_folder);
        var pgpass = _folder.Write("pgpass", $"{server.Host}:{server.Port}:{name}:{Role}:{password}\n");
        File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var wrong = $"wrong-{Guid.NewGuid():N}";
        var empty = new Dictionary<string, string?> { ["HOME"] = _folder.Path, ["PGPASSWORD"] = null, ["PGPASSFILE"] = null, ["NEWSINGEST_DB"] = null };

        var refused = CliProcess.RunWith(null, new Dictionary<string, string?>(empty) { ["PGPASSWORD"] = wrong }, "stats", "--db", uri);
        if (refused.ExitCode == 0 && !PostgresServer.InCi)
        {
            return; // This server trusts every login (not one started by .ci/postgres.sh): nothing to check here.
        }

        var withVariable = CliProcess.RunWith(null, new Dictionary<string, string?>(empty) { ["PGPASSWORD"] = password }, "ingest", seeds, "--db", uri, "--quiet");
        var withFile = CliProcess.RunWith(null, new Dictionary<string, string?>(empty) { ["PGPASSFILE"] = pgpass }, "sql", "select count(*) as n, max(options) as o from runs", "--db", uri, "--format", "csv");
        var inUri = CliProcess.RunWith(null, empty, "list", "--db", uri.Replace($"{Role}@", $"{Role}:{wrong}@", StringComparison.Ordinal));
        var none = CliProcess.RunWith(null, empty, "list", "--db", uri);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("refused the login", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Error.TrimEnd());
        Assert.True(withVariable.ExitCode == 0, withVariable.Error);
        Assert.True(withFile.ExitCode == 0, withFile.Error);
        Assert.StartsWith("n,o", withFile.Output, StringComparison.Ordinal);
        Assert.Contains("1,", withFile.Output, StringComparison.Ordinal);
        Assert.Equal(2, inUri.ExitCode);
        Assert.Equal(2, none.ExitCode);
        foreach (var run in new[] { refused, withVariable, withFile, inUri, none })
        {
            Assert.DoesNotContain(password, run.Output + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(wrong, run.Output + run.Error, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Dispose();
}
