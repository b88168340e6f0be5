namespace NewsIngest.Benchmarks.Infrastructure;

/// <summary>A fresh folder under the system temp folder, deleted on dispose unless asked to keep it.</summary>
public sealed class TempDirectory(string purpose, bool keep = false) : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"newsingest-bench-{purpose}-{Guid.NewGuid():N}")).FullName;

    public void Dispose()
    {
        if (keep)
        {
            Console.WriteLine($"kept {Path}");
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a benchmark over.
        }
    }
}
