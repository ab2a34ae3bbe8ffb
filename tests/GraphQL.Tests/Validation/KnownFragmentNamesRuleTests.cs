using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>KnownFragmentNamesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class KnownFragmentNamesRuleTests : ValidationTest
{
    public KnownFragmentNamesRuleTests() : base(c => new KnownFragmentNamesRule(c)) { }

    [Fact]
    public void KnownFragmentNamesAreValid()
    {
        ExpectValid(@"
      {
        human(id: 4) {
          ...HumanFields1
          ... on Human {
            ...HumanFields2
          }
          ... {
            name
          }
        }
      }
      fragment HumanFields1 on Human {
        name
        ...HumanFields3
      }
      fragment HumanFields2 on Human {
        name
      }
      fragment HumanFields3 on Human {
        name
      }
    ");
    }

    [Fact]
    public void UnknownFragmentNamesAreInvalid()
    {
        ExpectErrors(@"
      {
        human(id: 4) {
          ...UnknownFragment1
          ... on Human {
            ...UnknownFragment2
          }
        }
      }
      fragment HumanFields on Human {
        name
        ...UnknownFragment3
      }
    ",
            Err("Unknown fragment \"UnknownFragment1\".", (4, 14)),
            Err("Unknown fragment \"UnknownFragment2\".", (6, 16)),
            Err("Unknown fragment \"UnknownFragment3\".", (12, 12)));
    }
}
