using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>KnownTypeNamesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class KnownTypeNamesRuleTests : ValidationTest
{
    public KnownTypeNamesRuleTests() : base(c => new KnownTypeNamesRule(c)) { }

    [Fact]
    public void KnownTypeNamesAreValid()
    {
        ExpectValid(@"
      query Foo(
        $var: String
        $required: [Int!]!
        $introspectionType: __EnumValue
      ) {
        user(id: 4) {
          pets { ... on Pet { name }, ...PetFields, ... { name } }
        }
      }

      fragment PetFields on Pet {
        name
      }
    ");
    }

    [Fact]
    public void UnknownTypeNamesAreInvalid()
    {
        ExpectErrors(@"
      query Foo($var: [JumbledUpLetters!]!) {
        user(id: 4) {
          name
          pets { ... on Badger { name }, ...PetFields }
        }
      }
      fragment PetFields on Peat {
        name
      }
    ",
            Err("Unknown type \"JumbledUpLetters\".", (2, 24)),
            Err("Unknown type \"Badger\".", (5, 25)),
            Err("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (8, 29)));
    }
}
