namespace NewsIngest.Core.Parsing;

/// <summary>
/// The person's name in an e-mail or Usenet <c>From:</c> value, without the address:
/// <c>"Ann Lee" &lt;ann@x.org&gt;</c>, <c>Ann Lee &lt;ann@x.org&gt;</c>, <c>ann@x.org (Ann Lee)</c>.
/// A bare address has no name: an address never becomes an author.
/// </summary>
public static class AddressParser
{
    public static string? DisplayName(string from)
    {
        var value = from.Trim();
        string name;
        var lt = value.IndexOf('<');
        if (lt > 0 && value.IndexOf('>', lt) > lt)
        {
            name = value[..lt];
        }
        else
        {
            var open = value.IndexOf('(');
            var close = value.LastIndexOf(')');
            if (open < 0 || close <= open)
            {
                return null;
            }

            name = value[(open + 1)..close];
        }

        name = name.Trim().Trim('"', '\'', ' ').Trim();
        return name.Length == 0 || LooksLikeAddress(name) ? null : name;
    }

    /// <summary>"ann@x.org" is an address; a nickname such as "OrioleFan@uiuc" (no domain) is kept.</summary>
    private static bool LooksLikeAddress(string name)
    {
        var at = name.IndexOf('@');
        return at >= 0 && name.IndexOf('.', at) > at;
    }
}
