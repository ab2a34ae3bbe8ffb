using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>NoUnusedVariablesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class NoUnusedVariablesRuleTests : ValidationTest
{
    public NoUnusedVariablesRuleTests() : base(c => new NoUnusedVariablesRule(c)) { }

    [Fact]
    public void UsesAllVariables()
    {
        ExpectValid(@"
      query ($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c)
      }
    ");
    }

    [Fact]
    public void UsesAllVariablesDeeply()
    {
        ExpectValid(@"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a) {
          field(b: $b) {
            field(c: $c)
          }
        }
      }
    ");
    }

    [Fact]
    public void UsesAllVariablesDeeplyInInlineFragments()
    {
        ExpectValid(@"
      query Foo($a: String, $b: String, $c: String) {
        ... on Type {
          field(a: $a) {
            field(b: $b) {
              ... on Type {
                field(c: $c)
              }
            }
          }
        }
      }
    ");
    }

    [Fact]
    public void UsesAllVariablesInFragments()
    {
        ExpectValid(@"
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field(c: $c)
      }
    ");
    }

    [Fact]
    public void VariableUsedByFragmentInMultipleOperations()
    {
        ExpectValid(@"
      query Foo($a: String) {
        ...FragA
      }
      query Bar($b: String) {
        ...FragB
      }
      fragment FragA on Type {
        field(a: $a)
      }
      fragment FragB on Type {
        field(b: $b)
      }
    ");
    }

    [Fact]
    public void VariableUsedByRecursiveFragment()
    {
        ExpectValid(@"
      query Foo($a: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragA
        }
      }
    ");
    }

    [Fact]
    public void VariableNotUsed()
    {
        ExpectErrors(@"
      query ($a: String, $b: String, $c: String) {
        field(a: $a, b: $b)
      }
    ",
            Err("Variable \"$c\" is never used.", (2, 38)));
    }

    [Fact]
    public void MultipleVariablesNotUsed()
    {
        ExpectErrors(@"
      query Foo($a: String, $b: String, $c: String) {
        field(b: $b)
      }
    ",
            Err("Variable \"$a\" is never used in operation \"Foo\".", (2, 17)),
            Err("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));
    }

    [Fact]
    public void VariableNotUsedInFragments()
    {
        ExpectErrors(@"
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field
      }
    ",
            Err("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));
    }

    [Fact]
    public void MultipleVariablesNotUsedInFragments()
    {
        ExpectErrors(@"
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field
      }
    ",
            Err("Variable \"$a\" is never used in operation \"Foo\".", (2, 17)),
            Err("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));
    }

    [Fact]
    public void VariableNotUsedByUnreferencedFragment()
    {
        ExpectErrors(@"
      query Foo($b: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a)
      }
      fragment FragB on Type {
        field(b: $b)
      }
    ",
            Err("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)));
    }

    [Fact]
    public void VariableNotUsedByFragmentUsedByOtherOperation()
    {
        ExpectErrors(@"
      query Foo($b: String) {
        ...FragA
      }
      query Bar($a: String) {
        ...FragB
      }
      fragment FragA on Type {
        field(a: $a)
      }
      fragment FragB on Type {
        field(b: $b)
      }
    ",
            Err("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)),
            Err("Variable \"$a\" is never used in operation \"Bar\".", (5, 17)));
    }
}
