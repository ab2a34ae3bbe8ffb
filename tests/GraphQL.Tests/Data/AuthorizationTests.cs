using System.Security.Claims;
using System.Text.Json;
using GraphQL.Data.Paging;
using GraphQL.Language;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Data;

public sealed class SecureQuery
{
    [Authorize, UsePaging]
    public IQueryable<Product>? GetOrders(CatalogDbContext db) => db.Products;

    [Authorize(Roles = "Admin,Editor")]
    public string GetStaffNote() => "staff";

    [Authorize(Policy = "Adult")]
    public string? GetAdultNote() => "adult";

    public Account GetAccount() => new();

    public string GetPublicNote() => "hello";
}

[Authorize]
public sealed class Account
{
    public string Email => "ada@example.com";

    [AllowAnonymous]
    public string DisplayName => "Ada";
}

[Authorize(Roles = "Admin")]
[ExtendObjectType("Query")]
public sealed class AdminQueries
{
    public int? GetSecretCount() => 42;

    [Microsoft.AspNetCore.Authorization.AllowAnonymous]
    public string GetAdminContact() => "admin@example.com";
}

public sealed class AuthorizationHost : DataTestHost
{
    protected override void Configure(IServiceCollection services)
    {
        services.AddDbContextFactory<CatalogDbContext>(o => o.UseNpgsql(ConnectionString).AddInterceptors(Sql));
        services.AddAuthorization(o => o.AddPolicy("Adult", p => p.RequireClaim("age", "18+")));
        services.AddGraphQL()
            .AddQueryType<SecureQuery>()
            .AddTypeExtension<AdminQueries>()
            .RegisterDbContextFactory<CatalogDbContext>()
            .AddAuthorization();
    }
}

public sealed class AuthorizationTests : IClassFixture<AuthorizationHost>
{
    private readonly AuthorizationHost _host;

    public AuthorizationTests(AuthorizationHost host) => _host = host;

    private static void AssertOneError(JsonElement response, string message, string code, string path)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(path, string.Join(".", error.GetProperty("path").EnumerateArray().Select(p => p.ToString())));
    }

    [Fact]
    public async Task AnAnonymousUserGetsNullAndNotAuthenticatedAndNoSqlIsSent()
    {
        _host.Sql.Clear();

        var response = await _host.ExecuteAsync("{ orders(first: 2) { nodes { id } } publicNote }");

        AssertOneError(response, "The current user is not authenticated and may not access \"Query.orders\".", "AUTH_NOT_AUTHENTICATED", "orders");
        Assert.Equal("""{"orders":null,"publicNote":"hello"}""", response.GetProperty("data").GetRawText());
        Assert.Empty(_host.Sql.Commands);
    }

    [Fact]
    public async Task AnAuthenticatedUserReadsTheAuthorizedField()
    {
        var response = await _host.ExecuteAsync("{ orders(first: 2) { nodes { id } } }", DataTestHost.User());

        Assert.Equal("""{"data":{"orders":{"nodes":[{"id":1},{"id":2}]}}}""", response.GetRawText());
    }

    [Theory]
    [InlineData("Admin", true)]
    [InlineData("Editor", true)]
    [InlineData("Customer", false)]
    public async Task RolesAdmitAUserInAnyOfThem(string role, bool admitted)
    {
        var response = await _host.ExecuteAsync("{ staffNote }", DataTestHost.User(role));

        if (admitted)
        {
            Assert.Equal("""{"data":{"staffNote":"staff"}}""", response.GetRawText());
        }
        else
        {
            AssertOneError(response, "The current user is not authorized to access \"Query.staffNote\".", "AUTH_NOT_AUTHORIZED", "staffNote");
            Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        }
    }

    [Fact]
    public async Task APolicyIsEvaluatedByTheAuthorizationService()
    {
        var denied = await _host.ExecuteAsync("{ adultNote }", DataTestHost.User());
        var allowed = await _host.ExecuteAsync("{ adultNote }", DataTestHost.UserWithClaims(new Claim("age", "18+")));

        AssertOneError(denied, "The current user is not authorized to access \"Query.adultNote\".", "AUTH_NOT_AUTHORIZED", "adultNote");
        Assert.Equal("""{"adultNote":null}""", denied.GetProperty("data").GetRawText());
        Assert.Equal("""{"data":{"adultNote":"adult"}}""", allowed.GetRawText());
    }

    [Fact]
    public async Task ATypeLevelRuleCoversEveryFieldExceptAllowAnonymousAndNullPropagates()
    {
        var anonymousName = await _host.ExecuteAsync("{ account { displayName } }");
        var anonymousEmail = await _host.ExecuteAsync("{ account { displayName email } }");
        var signedIn = await _host.ExecuteAsync("{ account { email } }", DataTestHost.User());

        Assert.Equal("""{"data":{"account":{"displayName":"Ada"}}}""", anonymousName.GetRawText());
        AssertOneError(anonymousEmail, "The current user is not authenticated and may not access \"Account.email\".", "AUTH_NOT_AUTHENTICATED", "account.email");
        Assert.Equal(JsonValueKind.Null, anonymousEmail.GetProperty("data").ValueKind);
        Assert.Equal("""{"data":{"account":{"email":"ada@example.com"}}}""", signedIn.GetRawText());
    }

    [Fact]
    public async Task AClassLevelRuleOnATypeExtensionCoversItsFields()
    {
        var customer = await _host.ExecuteAsync("{ secretCount adminContact }", DataTestHost.User("Customer"));
        var admin = await _host.ExecuteAsync("{ secretCount }", DataTestHost.User("Admin"));

        AssertOneError(customer, "The current user is not authorized to access \"Query.secretCount\".", "AUTH_NOT_AUTHORIZED", "secretCount");
        Assert.Equal("""{"secretCount":null,"adminContact":"admin@example.com"}""", customer.GetProperty("data").GetRawText());
        Assert.Equal("""{"data":{"secretCount":42}}""", admin.GetRawText());
    }

    [Fact]
    public void TheSchemaDefinesAuthorizeAndAppliesItToEachRestrictedField()
    {
        var schema = _host.Executor.Schema;
        var query = schema.QueryType;

        string Applied(ComplexType type, string field) => string.Join(" ", type.Fields[field]!.Directives.Select(d => Printer.Print(d)));

        Assert.True(schema.GetDirective("authorize") is { IsRepeatable: true });
        Assert.Equal("@authorize", Applied(query, "orders"));
        Assert.Equal("@authorize(roles: [\"Admin\", \"Editor\"])", Applied(query, "staffNote"));
        Assert.Equal("@authorize(policy: \"Adult\")", Applied(query, "adultNote"));
        Assert.Equal("@authorize(roles: [\"Admin\"])", Applied(query, "secretCount"));
        Assert.Equal(string.Empty, Applied(query, "adminContact"));
        Assert.Equal("@authorize", Applied((ComplexType)schema.GetType("Account")!, "email"));
        var sdl = SchemaPrinter.Print(schema);
        Assert.Contains("directive @authorize(", sdl);
        Assert.Contains(") repeatable on OBJECT | FIELD_DEFINITION", sdl);
    }
}
