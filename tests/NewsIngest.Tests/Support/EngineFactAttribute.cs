using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsIngest.Tests.Support;

/// <summary>Marks a test class whose tests run against the PostgreSQL server (a subclass of a suite run on both engines).</summary>
public interface INeedsPostgres
{
}

/// <summary>
/// A fact of a suite that runs on both engines. In a class marked <see cref="INeedsPostgres"/> it is skipped, with the
/// reason, when no server is configured (outside CI); elsewhere it always runs.
/// </summary>
[XunitTestCaseDiscoverer("NewsIngest.Tests.Support.EngineFactDiscoverer", "NewsIngest.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EngineFactAttribute : FactAttribute
{
}

/// <summary>Finds <see cref="EngineFactAttribute"/> tests and makes each an <see cref="EngineTestCase"/>.</summary>
public sealed class EngineFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new EngineTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>A test case whose skip reason depends on the class it runs in: see <see cref="EngineFactAttribute"/>.</summary>
public sealed class EngineTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public EngineTestCase()
    {
    }

    public EngineTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        typeof(INeedsPostgres).IsAssignableFrom(TestMethod.TestClass.Class.ToRuntimeType())
            ? PostgresServer.SkipReason ?? base.GetSkipReason(factAttribute)
            : base.GetSkipReason(factAttribute);
}
