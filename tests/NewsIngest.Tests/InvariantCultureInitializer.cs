using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsIngest.Tests;

internal static class InvariantCultureInitializer
{
    /// <summary>Tests see the same culture as the program, whatever the machine's locale.</summary>
    [ModuleInitializer]
    internal static void Pin()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    }
}
