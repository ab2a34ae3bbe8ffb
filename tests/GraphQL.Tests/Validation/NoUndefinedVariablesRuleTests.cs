using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>NoUndefinedVariablesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class NoUndefinedVariablesRuleTests : ValidationTest
{
    public NoUndefinedVariablesRuleTests() : base(c => new NoUndefinedVariablesRule(c)) { }

    [Fact]
    public void AllVariablesDefined()
    {
        ExpectValid(@"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c)
      }
    ");
    }

    [Fact]
    public void AllVariablesDeeplyDefined()
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
    public void AllVariablesDeeplyInInlineFragmentsDefined()
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
    public void AllVariablesInFragmentsDeeplyDefined()
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
    public void VariableWithinSingleFragmentDefinedInMultipleOperations()
    {
        ExpectValid(@"
      query Foo($a: String) {
        ...FragA
      }
      query Bar($a: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a)
      }
    ");
    }

    [Fact]
    public void VariableWithinFragmentsDefinedInOperations()
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
    public void VariableWithinRecursiveFragmentDefined()
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
    public void VariableNotDefined()
    {
        ExpectErrors(@"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c, d: $d)
      }
    ",
            Err("Variable \"$d\" is not defined by operation \"Foo\".", (3, 39), (2, 7)));
    }

    [Fact]
    public void VariableNotDefinedByUnNamedQuery()
    {
        ExpectErrors(@"
      {
        field(a: $a)
      }
    ",
            Err("Variable \"$a\" is not defined.", (3, 18), (2, 7)));
    }

    [Fact]
    public void MultipleVariablesNotDefined()
    {
        ExpectErrors(@"
      query Foo($b: String) {
        field(a: $a, b: $b, c: $c)
      }
    ",
            Err("Variable \"$a\" is not defined by operation \"Foo\".", (3, 18), (2, 7)),
            Err("Variable \"$c\" is not defined by operation \"Foo\".", (3, 32), (2, 7)));
    }

    [Fact]
    public void VariableInFragmentNotDefinedByUnNamedQuery()
    {
        ExpectErrors(@"
      {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a)
      }
    ",
            Err("Variable \"$a\" is not defined.", (6, 18), (2, 7)));
    }

    [Fact]
    public void VariableInFragmentNotDefinedByOperation()
    {
        ExpectErrors(@"
      query Foo($a: String, $b: String) {
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
    ",
            Err("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)));
    }

    [Fact]
    public void MultipleVariablesInFragmentsNotDefined()
    {
        ExpectErrors(@"
      query Foo($b: String) {
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
    ",
            Err("Variable \"$a\" is not defined by operation \"Foo\".", (6, 18), (2, 7)),
            Err("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)));
    }

    [Fact]
    public void SingleVariableInFragmentNotDefinedByMultipleOperations()
    {
        ExpectErrors(@"
      query Foo($a: String) {
        ...FragAB
      }
      query Bar($a: String) {
        ...FragAB
      }
      fragment FragAB on Type {
        field(a: $a, b: $b)
      }
    ",
            Err("Variable \"$b\" is not defined by operation \"Foo\".", (9, 25), (2, 7)),
            Err("Variable \"$b\" is not defined by operation \"Bar\".", (9, 25), (5, 7)));
    }

    [Fact]
    public void VariablesInFragmentNotDefinedByMultipleOperations()
    {
        ExpectErrors(@"
      query Foo($b: String) {
        ...FragAB
      }
      query Bar($a: String) {
        ...FragAB
      }
      fragment FragAB on Type {
        field(a: $a, b: $b)
      }
    ",
            Err("Variable \"$a\" is not defined by operation \"Foo\".", (9, 18), (2, 7)),
            Err("Variable \"$b\" is not defined by operation \"Bar\".", (9, 25), (5, 7)));
    }

    [Fact]
    public void VariableInFragmentUsedByOtherOperation()
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
            Err("Variable \"$a\" is not defined by operation \"Foo\".", (9, 18), (2, 7)),
            Err("Variable \"$b\" is not defined by operation \"Bar\".", (12, 18), (5, 7)));
    }

    [Fact]
    public void MultipleUndefinedVariablesProduceMultipleErrors()
    {
        ExpectErrors(@"
      query Foo($b: String) {
        ...FragAB
      }
      query Bar($a: String) {
        ...FragAB
      }
      fragment FragAB on Type {
        field1(a: $a, b: $b)
        ...FragC
        field3(a: $a, b: $b)
      }
      fragment FragC on Type {
        field2(c: $c)
      }
    ",
            Err("Variable \"$a\" is not defined by operation \"Foo\".", (9, 19), (2, 7)),
            Err("Variable \"$a\" is not defined by operation \"Foo\".", (11, 19), (2, 7)),
            Err("Variable \"$c\" is not defined by operation \"Foo\".", (14, 19), (2, 7)),
            Err("Variable \"$b\" is not defined by operation \"Bar\".", (9, 26), (5, 7)),
            Err("Variable \"$b\" is not defined by operation \"Bar\".", (11, 26), (5, 7)),
            Err("Variable \"$c\" is not defined by operation \"Bar\".", (14, 19), (5, 7)));
    }
}
