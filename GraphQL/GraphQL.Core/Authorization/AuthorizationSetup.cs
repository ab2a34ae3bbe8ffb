using System.Reflection;
using GraphQL.CodeFirst;
using GraphQL.Conventions;
using GraphQL.Language;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;

namespace GraphQL.Authorization;

/// <summary>
/// What <c>AddAuthorization()</c> does to the built schema: defines <c>@authorize</c>, and applies
/// <c>[Authorize]</c> written on classes to each field the class declares (the field seam sees only
/// attributes on members), except fields marked <c>[AllowAnonymous]</c>.
/// </summary>
internal static class AuthorizationSetup
{
    private static readonly PropertyInfo s_fieldDirectives = typeof(FieldDefinition).GetProperty(nameof(FieldDefinition.Directives))!;

    /// <summary>Whether <c>AddAuthorization()</c> was called on the builder whose services build this schema.</summary>
    public static bool IsRegistered(IDescriptorContext context) =>
        context is not SchemaBuildContext { ServiceLookup: { } lookup } || lookup.IsService(typeof(AuthorizationMarker));

    public static Schema Apply(Schema schema)
    {
        foreach (var type in SchemaTransforms.ObjectTypes(schema))
        {
            foreach (var field in type.Fields)
            {
                if (!field.Features.TryGetValue(CodeFirstFeatures.Member, out var m) || m is not MemberInfo member) continue;
                if (IsAnonymous(member)) continue;
                var rules = ClassRules(member.DeclaringType, type.RuntimeType);
                if (rules.Length == 0) continue;

                var directives = new List<DirectiveNode>(field.Directives);
                foreach (var rule in rules) directives.Add(AuthorizeDirective.Apply(rule));

                // Init-only after construction, set once here while the schema is still being made.
                s_fieldDirectives.SetValue(field, directives.ToArray());
                SchemaTransforms.Wrap(field, inner => AuthorizationMiddleware.Wrap(rules, inner));
            }
        }

        if (schema.GetDirective(AuthorizeDirective.Name) is not null) return schema;
        var definitions = new List<DirectiveDefinition>();
        foreach (var directive in schema.Directives)
        {
            if (!directive.IsBuiltIn) definitions.Add(directive);
        }

        definitions.Add(AuthorizeDirective.CreateDefinition(schema));
        return SchemaRebuild.With(schema, directives: definitions);
    }

    /// <summary>ASP.NET Core's <c>[AllowAnonymous]</c> (methods) or ours (properties too): both are <see cref="IAllowAnonymous"/>.</summary>
    private static bool IsAnonymous(MemberInfo member)
    {
        foreach (var attribute in member.GetCustomAttributes(true))
        {
            if (attribute is IAllowAnonymous) return true;
        }

        return false;
    }

    private static AuthorizationRule[] ClassRules(Type? declaring, Type? runtime)
    {
        var rules = new List<AuthorizationRule>();
        if (declaring is not null)
        {
            foreach (var attribute in declaring.GetCustomAttributes<AuthorizeAttribute>(true)) rules.Add(AuthorizationRule.From(attribute));
        }

        if (runtime is not null && runtime != declaring && declaring is not null && runtime.IsSubclassOf(declaring))
        {
            foreach (var attribute in runtime.GetCustomAttributes<AuthorizeAttribute>(true)) rules.Add(AuthorizationRule.From(attribute));
        }

        return rules.ToArray();
    }
}

/// <summary>Registered by <c>AddAuthorization()</c> so that field attributes can tell it was called.</summary>
internal sealed class AuthorizationMarker
{
}
