using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Authorization;

/// <summary>
/// <c>directive @authorize(policy: String, roles: [String!]) repeatable on OBJECT | FIELD_DEFINITION</c>:
/// how the schema tells clients and tools which fields need which rights (Hot Chocolate's directive,
/// without its <c>apply</c> argument: rules are always checked before the resolver).
/// </summary>
internal static class AuthorizeDirective
{
    public const string Name = "authorize";

    public static DirectiveDefinition CreateDefinition(Schema schema)
    {
        var stringType = (NamedType)schema.GetType("String")!;
        return new DirectiveDefinition(Name, DirectiveLocation.Object | DirectiveLocation.FieldDefinition, "Restricts a field to users who pass an authorization policy or are in one of the roles.")
        {
            IsRepeatable = true,
            Arguments = new[]
            {
                new InputValueDefinition("policy", stringType, "The name of the authorization policy the user must satisfy."),
                new InputValueDefinition("roles", new ListType(stringType.AsNonNull()), "Roles of which the user must have at least one."),
            },
        };
    }

    /// <summary>The application <c>@authorize(roles: ["Admin", "Editor"], policy: "...")</c> of one rule.</summary>
    public static DirectiveNode Apply(AuthorizationRule rule)
    {
        var arguments = new List<ArgumentNode>(2);
        if (rule.Roles.Length > 0)
        {
            var roles = new ValueNode[rule.Roles.Length];
            for (var i = 0; i < roles.Length; i++) roles[i] = new StringValueNode(rule.Roles[i]);
            arguments.Add(new ArgumentNode(new NameNode("roles"), new ListValueNode(roles)));
        }

        if (rule.Policy is not null) arguments.Add(new ArgumentNode(new NameNode("policy"), new StringValueNode(rule.Policy)));
        return new DirectiveNode(new NameNode(Name), arguments);
    }
}
