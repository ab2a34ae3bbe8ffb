using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>UniqueInputFieldNamesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class UniqueInputFieldNamesRuleTests : ValidationTest
{
    public UniqueInputFieldNamesRuleTests() : base(c => new UniqueInputFieldNamesRule(c)) { }

    [Fact]
    public void InputObjectWithFields()
    {
        ExpectValid(@"
      {
        field(arg: { f: true })
      }
    ");
    }

    [Fact]
    public void SameInputObjectWithinTwoArgs()
    {
        ExpectValid(@"
      {
        field(arg1: { f: true }, arg2: { f: true })
      }
    ");
    }

    [Fact]
    public void MultipleInputObjectFields()
    {
        ExpectValid(@"
      {
        field(arg: { f1: ""value"", f2: ""value"", f3: ""value"" })
      }
    ");
    }

    [Fact]
    public void AllowsForNestedInputObjectsWithSimilarFields()
    {
        ExpectValid(@"
      {
        field(arg: {
          deep: {
            deep: {
              id: 1
            }
            id: 1
          }
          id: 1
        })
      }
    ");
    }

    [Fact]
    public void DuplicateInputObjectFields()
    {
        ExpectErrors(@"
      {
        field(arg: { f1: ""value"", f1: ""value"" })
      }
    ",
            Err("There can be only one input field named \"f1\".", (3, 22), (3, 35)));
    }

    [Fact]
    public void ManyDuplicateInputObjectFields()
    {
        ExpectErrors(@"
      {
        field(arg: { f1: ""value"", f1: ""value"", f1: ""value"" })
      }
    ",
            Err("There can be only one input field named \"f1\".", (3, 22), (3, 35)),
            Err("There can be only one input field named \"f1\".", (3, 22), (3, 48)));
    }

    [Fact]
    public void NestedDuplicateInputObjectFields()
    {
        ExpectErrors(@"
      {
        field(arg: { f1: {f2: ""value"", f2: ""value"" }})
      }
    ",
            Err("There can be only one input field named \"f2\".", (3, 27), (3, 40)));
    }
}
