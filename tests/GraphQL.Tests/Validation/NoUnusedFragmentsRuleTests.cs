using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>NoUnusedFragmentsRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class NoUnusedFragmentsRuleTests : ValidationTest
{
    public NoUnusedFragmentsRuleTests() : base(c => new NoUnusedFragmentsRule(c)) { }

    [Fact]
    public void AllFragmentNamesAreUsed()
    {
        ExpectValid(@"
      {
        human(id: 4) {
          ...HumanFields1
          ... on Human {
            ...HumanFields2
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
    public void AllFragmentNamesAreUsedByMultipleOperations()
    {
        ExpectValid(@"
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      query Bar {
        human(id: 4) {
          ...HumanFields2
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
    public void ContainsUnknownFragments()
    {
        ExpectErrors(@"
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      query Bar {
        human(id: 4) {
          ...HumanFields2
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
      fragment Unused1 on Human {
        name
      }
      fragment Unused2 on Human {
        name
      }
    ",
            Err("Fragment \"Unused1\" is never used.", (22, 7)),
            Err("Fragment \"Unused2\" is never used.", (25, 7)));
    }

    [Fact]
    public void ContainsUnknownFragmentsWithRefCycle()
    {
        ExpectErrors(@"
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      query Bar {
        human(id: 4) {
          ...HumanFields2
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
      fragment Unused1 on Human {
        name
        ...Unused2
      }
      fragment Unused2 on Human {
        name
        ...Unused1
      }
    ",
            Err("Fragment \"Unused1\" is never used.", (22, 7)),
            Err("Fragment \"Unused2\" is never used.", (26, 7)));
    }

    [Fact]
    public void ContainsUnknownAndUndefFragments()
    {
        ExpectErrors(@"
      query Foo {
        human(id: 4) {
          ...bar
        }
      }
      fragment foo on Human {
        name
      }
    ",
            Err("Fragment \"foo\" is never used.", (7, 7)));
    }
}
