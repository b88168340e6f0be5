namespace NewsIngest.Cli.Infrastructure;

/// <summary>
/// Standard output with every write checked: the first failed write becomes an <see cref="OutputWriteException"/>
/// (reported once, exit 2), and later writes are dropped so the final flush does not report it again. A closed pipe
/// is not a failure (<c>newsingest list | head</c>): that error passes through unchanged and the command ends quietly.
/// </summary>
internal sealed class CheckedOutputStream(Stream inner) : Stream
{
    private bool _failed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            inner.Write(buffer);
        }
        catch (IOException ex) when (IsFailure(ex))
        {
            throw Fail(ex);
        }
    }

    public override void Flush()
    {
        if (_failed)
        {
            return;
        }

        try
        {
            inner.Flush();
        }
        catch (IOException ex) when (IsFailure(ex))
        {
            throw Fail(ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Whether an error is the reader going away, which ends the output but is no failure.</summary>
    public static bool IsBrokenPipe(IOException ex) =>
        ex.HResult == 32 || ex.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool IsFailure(IOException ex) => ex is not OutputWriteException && !IsBrokenPipe(ex);

    private OutputWriteException Fail(IOException ex)
    {
        _failed = true;
        return new OutputWriteException($"cannot write to stdout: {ex.Message.TrimEnd('.')}", ex);
    }
}
