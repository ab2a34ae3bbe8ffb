using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Tests.Validation;

/// <summary>ProvidedRequiredArgumentsRule: the cases of graphql-js's tests for this rule, with the same documents and expected errors.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests : ValidationTest
{
    public ProvidedRequiredArgumentsRuleTests() : base(c => new ProvidedRequiredArgumentsRule(c)) { }

    [Fact]
    public void IgnoresUnknownArguments()
    {
        ExpectValid(@"
      {
        dog {
          isHouseTrained(unknownArgument: true)
        }
      }
    ");
    }

    [Fact]
    public void ArgOnOptionalArg()
    {
        ExpectValid(@"
        {
          dog {
            isHouseTrained(atOtherHomes: true)
          }
        }
      ");
    }

    [Fact]
    public void NoArgOnOptionalArg()
    {
        ExpectValid(@"
        {
          dog {
            isHouseTrained
          }
        }
      ");
    }

    [Fact]
    public void NoArgOnNonNullFieldWithDefault()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            nonNullFieldWithDefault
          }
        }
      ");
    }

    [Fact]
    public void MultipleArgs()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
          }
        }
      ");
    }

    [Fact]
    public void MultipleArgsReverseOrder()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
          }
        }
      ");
    }

    [Fact]
    public void NoArgsOnMultipleOptional()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOpts
          }
        }
      ");
    }

    [Fact]
    public void OneArgOnMultipleOptional()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOpts(opt1: 1)
          }
        }
      ");
    }

    [Fact]
    public void SecondArgOnMultipleOptional()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOpts(opt2: 1)
          }
        }
      ");
    }

    [Fact]
    public void MultipleRequiredArgsOnMixedList()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4)
          }
        }
      ");
    }

    [Fact]
    public void MultipleRequiredAndOneOptionalArgOnMixedList()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
          }
        }
      ");
    }

    [Fact]
    public void AllRequiredAndOptionalArgsOnMixedList()
    {
        ExpectValid(@"
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
          }
        }
      ");
    }

    [Fact]
    public void MissingOneNonNullableArgument()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            multipleReqs(req2: 2)
          }
        }
      ",
            Err("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 13)));
    }

    [Fact]
    public void MissingMultipleNonNullableArguments()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            multipleReqs
          }
        }
      ",
            Err("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 13)),
            Err("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 13)));
    }

    [Fact]
    public void IncorrectValueAndMissingArgument()
    {
        ExpectErrors(@"
        {
          complicatedArgs {
            multipleReqs(req1: ""one"")
          }
        }
      ",
            Err("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 13)));
    }

    [Fact]
    public void IgnoresUnknownDirectives()
    {
        ExpectValid(@"
        {
          dog @unknown
        }
      ");
    }

    [Fact]
    public void WithDirectivesOfValidTypes()
    {
        ExpectValid(@"
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
      ");
    }

    [Fact]
    public void WithDirectiveWithMissingTypes()
    {
        ExpectErrors(@"
        {
          dog @include {
            name @skip
          }
        }
      ",
            Err("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 15)),
            Err("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (4, 18)));
    }
}
