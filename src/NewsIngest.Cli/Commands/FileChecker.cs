using NewsIngest.Core.Pipeline;
using NewsIngest.Core.Validation;

namespace NewsIngest.Cli.Commands;

/// <summary>Reads and checks files in parallel, then adds the findings that need every file (copies within the run).</summary>
internal sealed class FileChecker(ArticlePipeline pipeline)
{
    public IReadOnlyList<IReadOnlyList<Finding>> CheckAll(IReadOnlyList<string> files, string? db)
    {
        _ = db;
        var findings = new List<Finding>[files.Count];
        var outcomes = new ParseOutcome?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var path = files[i];
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var rule = ValidationRules.Undecodable;
                findings[i] = [new Finding(path, null, rule.Code, rule.Severity, $"cannot read the file: {ex.Message}")];
                return;
            }

            var outcome = pipeline.Parse(path, bytes);
            outcomes[i] = outcome;
            findings[i] = [.. ArticleValidator.Check(path, bytes, outcome)];
        });

        AddCopies(files, outcomes, findings);
        return findings;
    }

    private static void AddCopies(IReadOnlyList<string> files, ParseOutcome?[] outcomes, List<Finding>[] findings)
    {
        var firstBySha = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (outcomes[i] is not ParseOutcome.Success success)
            {
                continue;
            }

            if (firstBySha.TryGetValue(success.Sha256, out var first))
            {
                var rule = ValidationRules.DuplicateInRun;
                findings[i].Add(new Finding(files[i], null, rule.Code, rule.Severity, $"an exact copy of {files[first]}: {rule.Fix}"));
            }
            else
            {
                firstBySha[success.Sha256] = i;
            }
        }
    }
}
