using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

/// <summary>Mistakes in authorization setup fail the schema build with a sentence, never open a field silently.</summary>
public sealed class AuthorizationBuildErrorTests
{
    [Authorize]
    public sealed class Invoice
    {
        public decimal Total => 10m;
    }

    public sealed class InvoiceQuery
    {
        public Invoice GetInvoice() => new();
    }

    [Authorize(Roles = "Admin")]
    [ExtendObjectType("Query")]
    public sealed class AuditQueries
    {
        public int GetAuditCount() => 1;
    }

    public sealed class PlainQuery
    {
        public string GetHello() => "hi";
    }

    public sealed class PolicyQuery
    {
        [Authorize(Policy = "Adlt")]
        public string GetOrders() => "orders";

        [Authorize(Policy = "Adult")]
        public string GetAdultNote() => "adult";

        public Invoice GetInvoice() => new();
    }

    [Authorize(Policy = "Accounting")]
    [ExtendObjectType("Query")]
    public sealed class LedgerQueries
    {
        public int GetLedgerCount() => 1;
    }

    private static SchemaException BuildFails(Action<IGraphQLBuilder> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorization(o => o.AddPolicy("Adult", p => p.RequireClaim("age", "18+")));
        configure(services.AddGraphQL());
        using var provider = services.BuildServiceProvider();
        return Assert.Throws<SchemaException>(() => provider.GetRequiredService<IRequestExecutor>());
    }

    [Fact]
    public void AuthorizeOnAnObjectClassWithoutAddAuthorizationFailsTheBuild()
    {
        var exception = BuildFails(b => b.AddQueryType<InvoiceQuery>());

        Assert.Equal(
            "[Authorize] on the class \"Invoice\" needs the authorization services: call AddGraphQL().AddAuthorization().",
            Assert.Single(exception.Errors));
    }

    [Fact]
    public void AuthorizeOnATypeExtensionClassWithoutAddAuthorizationFailsTheBuild()
    {
        var exception = BuildFails(b => b.AddQueryType<PlainQuery>().AddTypeExtension<AuditQueries>());

        Assert.Equal(
            "[Authorize] on the class \"AuditQueries\" needs the authorization services: call AddGraphQL().AddAuthorization().",
            Assert.Single(exception.Errors));
    }

    [Fact]
    public void AuthorizeOnAClassWithAddAuthorizationBuilds()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphQL().AddQueryType<InvoiceQuery>().AddTypeExtension<AuditQueries>().AddAuthorization();
        using var provider = services.BuildServiceProvider();

        var schema = provider.GetRequiredService<IRequestExecutor>().Schema;

        Assert.NotNull(schema.QueryType.Fields["auditCount"]);
    }

    [Fact]
    public void APolicyNameTheApplicationDoesNotDefineFailsTheBuildNamingTheField()
    {
        var exception = BuildFails(b => b.AddQueryType<PolicyQuery>().AddTypeExtension<LedgerQueries>().AddAuthorization());

        Assert.Equal(
            new[]
            {
                "The authorization policy \"Adlt\" used by \"Query.orders\" is not registered.",
                "The authorization policy \"Accounting\" used by \"Query.ledgerCount\" is not registered.",
            },
            exception.Errors);
    }
}
