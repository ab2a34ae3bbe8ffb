namespace GraphQL.Client.Tests;

public class Smoke
{
    [Fact]
    public void Compiles() => Assert.NotNull(typeof(GraphQL.Client.Tests.Generated.ITestClient));
}
