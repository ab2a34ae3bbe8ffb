using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>KnownDirectivesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class KnownDirectivesRuleTests : ValidationTest
{
    private static readonly Schema schemaWithDirectives = TestSchemaBuilder.FromSdl(@"
  type Query {
    dummy: String
  }

  directive @onQuery on QUERY
  directive @onMutation on MUTATION
  directive @onSubscription on SUBSCRIPTION
  directive @onField on FIELD
  directive @onFragmentDefinition on FRAGMENT_DEFINITION
  directive @onFragmentSpread on FRAGMENT_SPREAD
  directive @onInlineFragment on INLINE_FRAGMENT
  directive @onVariableDefinition on VARIABLE_DEFINITION
");

    public KnownDirectivesRuleTests() : base(c => new KnownDirectivesRule(c)) { }

    [Fact]
    public void WithNoDirectives()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      query Foo {
        name
        ...Frag
      }

      fragment Frag on Dog {
        name
      }
    ");
    }

    [Fact]
    public void WithStandardDirectives()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      {
        human @skip(if: false) {
          name
          pets {
            ... on Dog @include(if: true) {
              name
            }
          }
        }
      }
    ");
    }

    [Fact]
    public void WithUnknownDirective()
    {
        ExpectErrorsWithSchema(schemaWithDirectives, @"
      {
        human @unknown(directive: ""value"") {
          name
        }
      }
    ",
            Err("Unknown directive \"@unknown\".", (3, 15)));
    }

    [Fact]
    public void WithManyUnknownDirectives()
    {
        ExpectErrorsWithSchema(schemaWithDirectives, @"
      {
        __typename @unknown
        human @unknown {
          name
          pets @unknown {
            name
          }
        }
      }
    ",
            Err("Unknown directive \"@unknown\".", (3, 20)),
            Err("Unknown directive \"@unknown\".", (4, 15)),
            Err("Unknown directive \"@unknown\".", (6, 16)));
    }

    [Fact]
    public void WithWellPlacedDirectives()
    {
        ExpectValidWithSchema(schemaWithDirectives, @"
      query ($var: Boolean @onVariableDefinition) @onQuery {
        human @onField {
          ...Frag @onFragmentSpread
          ... @onInlineFragment {
            name @onField
          }
        }
      }

      mutation @onMutation {
        someField @onField
      }

      subscription @onSubscription {
        someField @onField
      }

      fragment Frag on Human @onFragmentDefinition {
        name @onField
      }
    ");
    }

    [Fact]
    public void WithMisplacedDirectives()
    {
        ExpectErrorsWithSchema(schemaWithDirectives, @"
      query ($var: Boolean @onQuery) @onMutation {
        human @onQuery {
          ...Frag @onQuery
          ... @onQuery {
            name @onQuery
          }
        }
      }

      mutation @onQuery {
        someField @onQuery
      }

      subscription @onQuery {
        someField @onQuery
      }

      fragment Frag on Human @onQuery {
        name @onQuery
      }
    ",
            Err("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (2, 28)),
            Err("Directive \"@onMutation\" may not be used on QUERY.", (2, 38)),
            Err("Directive \"@onQuery\" may not be used on FIELD.", (3, 15)),
            Err("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (4, 19)),
            Err("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (5, 15)),
            Err("Directive \"@onQuery\" may not be used on FIELD.", (6, 18)),
            Err("Directive \"@onQuery\" may not be used on MUTATION.", (11, 16)),
            Err("Directive \"@onQuery\" may not be used on FIELD.", (12, 19)),
            Err("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (15, 20)),
            Err("Directive \"@onQuery\" may not be used on FIELD.", (16, 19)),
            Err("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (19, 30)),
            Err("Directive \"@onQuery\" may not be used on FIELD.", (20, 14)));
    }
}
