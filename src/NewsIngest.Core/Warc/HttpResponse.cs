namespace NewsIngest.Core.Warc;

/// <summary>An HTTP response as a crawler stored it, with the transfer and content codings undone.</summary>
/// <param name="Status">The status code of the status line.</param>
/// <param name="MediaType">The Content-Type's media type, lower case, without parameters; null when absent.</param>
/// <param name="Charset">The Content-Type's charset parameter, lower case; null when absent.</param>
/// <param name="Payload">The entity body as the server meant it: de-chunked, unpacked.</param>
/// <param name="Problem">Why the body could not be recovered as sent (chunk sizes that lie, a coding that does not unpack), or null.</param>
public sealed record HttpResponse(int Status, string? MediaType, string? Charset, byte[] Payload, string? Problem);
