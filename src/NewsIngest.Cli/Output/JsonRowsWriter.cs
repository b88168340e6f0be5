namespace NewsIngest.Cli.Output;

/// <summary>
/// Rows of JSON objects: <c>jsonl</c> writes one per line (for <c>jq</c> and streams), <c>json</c> one array with
/// one object per line. Each object is already serialized (the record contract, or a <c>sql</c> row).
/// </summary>
public sealed class JsonRowsWriter
{
    private readonly TextWriter _output;
    private readonly bool _array;
    private int _count;

    public JsonRowsWriter(TextWriter output, bool array)
    {
        _output = output;
        _array = array;
    }

    public void Write(string json)
    {
        if (_array)
        {
            _output.Write(_count == 0 ? "[\n" : ",\n");
        }

        _output.Write(json);
        if (!_array)
        {
            _output.Write('\n');
        }

        _count++;
    }

    /// <summary>Closes the array; no rows is the empty array <c>[]</c>, one JSON document whatever the count.</summary>
    public void Finish()
    {
        if (_array)
        {
            _output.Write(_count > 0 ? "\n]\n" : "[]\n");
        }
    }
}
