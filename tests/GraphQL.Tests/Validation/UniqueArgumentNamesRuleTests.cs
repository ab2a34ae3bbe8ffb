using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>UniqueArgumentNamesRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class UniqueArgumentNamesRuleTests : ValidationTest
{
    public UniqueArgumentNamesRuleTests() : base(c => new UniqueArgumentNamesRule(c)) { }

    [Fact]
    public void NoArgumentsOnField()
    {
        ExpectValid(@"
      {
        field
      }
    ");
    }

    [Fact]
    public void NoArgumentsOnDirective()
    {
        ExpectValid(@"
      {
        field @directive
      }
    ");
    }

    [Fact]
    public void ArgumentOnField()
    {
        ExpectValid(@"
      {
        field(arg: ""value"")
      }
    ");
    }

    [Fact]
    public void ArgumentOnDirective()
    {
        ExpectValid(@"
      {
        field @directive(arg: ""value"")
      }
    ");
    }

    [Fact]
    public void SameArgumentOnTwoFields()
    {
        ExpectValid(@"
      {
        one: field(arg: ""value"")
        two: field(arg: ""value"")
      }
    ");
    }

    [Fact]
    public void SameArgumentOnFieldAndDirective()
    {
        ExpectValid(@"
      {
        field(arg: ""value"") @directive(arg: ""value"")
      }
    ");
    }

    [Fact]
    public void SameArgumentOnTwoDirectives()
    {
        ExpectValid(@"
      {
        field @directive1(arg: ""value"") @directive2(arg: ""value"")
      }
    ");
    }

    [Fact]
    public void MultipleFieldArguments()
    {
        ExpectValid(@"
      {
        field(arg1: ""value"", arg2: ""value"", arg3: ""value"")
      }
    ");
    }

    [Fact]
    public void MultipleDirectiveArguments()
    {
        ExpectValid(@"
      {
        field @directive(arg1: ""value"", arg2: ""value"", arg3: ""value"")
      }
    ");
    }

    [Fact]
    public void DuplicateFieldArguments()
    {
        ExpectErrors(@"
      {
        field(arg1: ""value"", arg1: ""value"")
      }
    ",
            Err("There can be only one argument named \"arg1\".", (3, 15), (3, 30)));
    }

    [Fact]
    public void ManyDuplicateFieldArguments()
    {
        ExpectErrors(@"
      {
        field(arg1: ""value"", arg1: ""value"", arg1: ""value"")
      }
    ",
            Err("There can be only one argument named \"arg1\".", (3, 15), (3, 30), (3, 45)));
    }

    [Fact]
    public void DuplicateDirectiveArguments()
    {
        ExpectErrors(@"
      {
        field @directive(arg1: ""value"", arg1: ""value"")
      }
    ",
            Err("There can be only one argument named \"arg1\".", (3, 26), (3, 41)));
    }

    [Fact]
    public void ManyDuplicateDirectiveArguments()
    {
        ExpectErrors(@"
      {
        field @directive(arg1: ""value"", arg1: ""value"", arg1: ""value"")
      }
    ",
            Err("There can be only one argument named \"arg1\".", (3, 26), (3, 41), (3, 56)));
    }
}
